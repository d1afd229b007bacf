import type { Detector } from './detector';
import { saladcloudDetectors } from './detectors/saladcloud';
import { salesforceDetectors } from './detectors/salesforce';
import { scrapflyDetectors } from './detectors/scrapfly';
import { sendgridDetectors } from './detectors/sendgrid';
import { sentryDetectors } from './detectors/sentry';
import { shippoDetectors } from './detectors/shippo';
import { shopifyDetectors } from './detectors/shopify';
import { slackDetectors } from './detectors/slack';
import { snowflakeDetectors } from './detectors/snowflake';
import { spectralopsDetectors } from './detectors/spectralops';
import { squareDetectors } from './detectors/square';
import { stripeDetectors } from './detectors/stripe';
import { supabaseDetectors } from './detectors/supabase';
import { tailscaleDetectors } from './detectors/tailscale';
import { teamworkDetectors } from './detectors/teamwork';
import { telegramDetectors } from './detectors/telegram';
import { tencentDetectors } from './detectors/tencent';
import { terraformDetectors } from './detectors/terraform';
import { tinesDetectors } from './detectors/tines';
import { twilioDetectors } from './detectors/twilio';
import { twitchDetectors } from './detectors/twitch';
import { twitterDetectors } from './detectors/twitter';
import { ubidotsDetectors } from './detectors/ubidots';
import { urlDetectors } from './detectors/url';
import { vaultDetectors } from './detectors/vault';
import { vercelDetectors } from './detectors/vercel';
import { voiceflowDetectors } from './detectors/voiceflow';
import { xaiDetectors } from './detectors/xai';
import { yandexDetectors } from './detectors/yandex';
import { zapierDetectors } from './detectors/zapier';
import { zohoDetectors } from './detectors/zoho';

/**
 * The built-in rules of the providers from s to z, by provider: `detectorsByProvider` (registry.ts) takes
 * them in whole, as one table would be longer than a file may be. Alphabetical, one import and one line
 * per provider, like the table there.
 */
export const sToZDetectorsByProvider: Readonly<Record<string, readonly Detector[]>> = {
  saladcloud: saladcloudDetectors,
  salesforce: salesforceDetectors,
  scrapfly: scrapflyDetectors,
  sendgrid: sendgridDetectors,
  sentry: sentryDetectors,
  shippo: shippoDetectors,
  shopify: shopifyDetectors,
  slack: slackDetectors,
  snowflake: snowflakeDetectors,
  spectralops: spectralopsDetectors,
  square: squareDetectors,
  stripe: stripeDetectors,
  supabase: supabaseDetectors,
  tailscale: tailscaleDetectors,
  teamwork: teamworkDetectors,
  telegram: telegramDetectors,
  tencent: tencentDetectors,
  terraform: terraformDetectors,
  tines: tinesDetectors,
  twilio: twilioDetectors,
  twitch: twitchDetectors,
  twitter: twitterDetectors,
  ubidots: ubidotsDetectors,
  url: urlDetectors,
  vault: vaultDetectors,
  vercel: vercelDetectors,
  voiceflow: voiceflowDetectors,
  xai: xaiDetectors,
  yandex: yandexDetectors,
  zapier: zapierDetectors,
  zoho: zohoDetectors,
};
