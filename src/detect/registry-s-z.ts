import type { Detector } from './detector';
import { scalingoDetectors } from './detectors/scalingo';
import { sendbirdDetectors } from './detectors/sendbird';
import { sendgridDetectors } from './detectors/sendgrid';
import { sendinblueDetectors } from './detectors/sendinblue';
import { sentryDetectors } from './detectors/sentry';
import { settlemintDetectors } from './detectors/settlemint';
import { shippoDetectors } from './detectors/shippo';
import { shopifyDetectors } from './detectors/shopify';
import { sidekiqDetectors } from './detectors/sidekiq';
import { slackDetectors } from './detectors/slack';
import { snowflakeDetectors } from './detectors/snowflake';
import { snykDetectors } from './detectors/snyk';
import { sonarDetectors } from './detectors/sonar';
import { sourcegraphDetectors } from './detectors/sourcegraph';
import { squareDetectors } from './detectors/square';
import { squarespaceDetectors } from './detectors/squarespace';
import { stripeDetectors } from './detectors/stripe';
import { sumologicDetectors } from './detectors/sumologic';
import { supabaseDetectors } from './detectors/supabase';
import { telegramDetectors } from './detectors/telegram';
import { tencentDetectors } from './detectors/tencent';
import { terraformDetectors } from './detectors/terraform';
import { travisciDetectors } from './detectors/travisci';
import { trelloDetectors } from './detectors/trello';
import { twilioDetectors } from './detectors/twilio';
import { twitchDetectors } from './detectors/twitch';
import { twitterDetectors } from './detectors/twitter';
import { typeformDetectors } from './detectors/typeform';
import { urlDetectors } from './detectors/url';
import { vaultDetectors } from './detectors/vault';
import { vercelDetectors } from './detectors/vercel';
import { yandexDetectors } from './detectors/yandex';
import { zendeskDetectors } from './detectors/zendesk';

/**
 * The built-in rules of the providers from s to z, by provider: `detectorsByProvider` (registry.ts) takes
 * them in whole, as one table would be longer than a file may be. Alphabetical, one import and one line
 * per provider, like the table there.
 */
export const sToZDetectorsByProvider: Readonly<Record<string, readonly Detector[]>> = {
  scalingo: scalingoDetectors,
  sendbird: sendbirdDetectors,
  sendgrid: sendgridDetectors,
  sendinblue: sendinblueDetectors,
  sentry: sentryDetectors,
  settlemint: settlemintDetectors,
  shippo: shippoDetectors,
  shopify: shopifyDetectors,
  sidekiq: sidekiqDetectors,
  slack: slackDetectors,
  snowflake: snowflakeDetectors,
  snyk: snykDetectors,
  sonar: sonarDetectors,
  sourcegraph: sourcegraphDetectors,
  square: squareDetectors,
  squarespace: squarespaceDetectors,
  stripe: stripeDetectors,
  sumologic: sumologicDetectors,
  supabase: supabaseDetectors,
  telegram: telegramDetectors,
  tencent: tencentDetectors,
  terraform: terraformDetectors,
  travisci: travisciDetectors,
  trello: trelloDetectors,
  twilio: twilioDetectors,
  twitch: twitchDetectors,
  twitter: twitterDetectors,
  typeform: typeformDetectors,
  url: urlDetectors,
  vault: vaultDetectors,
  vercel: vercelDetectors,
  yandex: yandexDetectors,
  zendesk: zendeskDetectors,
};
