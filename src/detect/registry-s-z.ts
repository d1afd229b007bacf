import type { Detector } from './detector';
import { saladcloudDetectors } from './detectors/saladcloud';
import { salesforceDetectors } from './detectors/salesforce';
import { scalingoDetectors } from './detectors/scalingo';
import { scrapflyDetectors } from './detectors/scrapfly';
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
import { spectralopsDetectors } from './detectors/spectralops';
import { squareDetectors } from './detectors/square';
import { squarespaceDetectors } from './detectors/squarespace';
import { stripeDetectors } from './detectors/stripe';
import { sumologicDetectors } from './detectors/sumologic';
import { supabaseDetectors } from './detectors/supabase';
import { tailscaleDetectors } from './detectors/tailscale';
import { teamworkDetectors } from './detectors/teamwork';
import { telegramDetectors } from './detectors/telegram';
import { tencentDetectors } from './detectors/tencent';
import { terraformDetectors } from './detectors/terraform';
import { tinesDetectors } from './detectors/tines';
import { travisciDetectors } from './detectors/travisci';
import { trelloDetectors } from './detectors/trello';
import { twilioDetectors } from './detectors/twilio';
import { twitchDetectors } from './detectors/twitch';
import { twitterDetectors } from './detectors/twitter';
import { typeformDetectors } from './detectors/typeform';
import { ubidotsDetectors } from './detectors/ubidots';
import { urlDetectors } from './detectors/url';
import { vaultDetectors } from './detectors/vault';
import { vercelDetectors } from './detectors/vercel';
import { voiceflowDetectors } from './detectors/voiceflow';
import { xaiDetectors } from './detectors/xai';
import { yandexDetectors } from './detectors/yandex';
import { zapierDetectors } from './detectors/zapier';
import { zendeskDetectors } from './detectors/zendesk';
import { zohoDetectors } from './detectors/zoho';

/** The providers whose names start with s to z, alphabetically: see registry.ts. */
export const providersSToZ: Readonly<Record<string, readonly Detector[]>> = {
  saladcloud: saladcloudDetectors,
  salesforce: salesforceDetectors,
  scalingo: scalingoDetectors,
  scrapfly: scrapflyDetectors,
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
  spectralops: spectralopsDetectors,
  square: squareDetectors,
  squarespace: squarespaceDetectors,
  stripe: stripeDetectors,
  sumologic: sumologicDetectors,
  supabase: supabaseDetectors,
  tailscale: tailscaleDetectors,
  teamwork: teamworkDetectors,
  telegram: telegramDetectors,
  tencent: tencentDetectors,
  terraform: terraformDetectors,
  tines: tinesDetectors,
  travisci: travisciDetectors,
  trello: trelloDetectors,
  twilio: twilioDetectors,
  twitch: twitchDetectors,
  twitter: twitterDetectors,
  typeform: typeformDetectors,
  ubidots: ubidotsDetectors,
  url: urlDetectors,
  vault: vaultDetectors,
  vercel: vercelDetectors,
  voiceflow: voiceflowDetectors,
  xai: xaiDetectors,
  yandex: yandexDetectors,
  zapier: zapierDetectors,
  zendesk: zendeskDetectors,
  zoho: zohoDetectors,
};
