import type { Detector } from './detector';
import { railwayDetectors } from './detectors/railway';
import { rampDetectors } from './detectors/ramp';
import { rapidapiDetectors } from './detectors/rapidapi';
import { razorpayDetectors } from './detectors/razorpay';
import { readmeDetectors } from './detectors/readme';
import { rebrandlyDetectors } from './detectors/rebrandly';
import { rechargeDetectors } from './detectors/recharge';
import { renderDetectors } from './detectors/render';
import { replicateDetectors } from './detectors/replicate';
import { ringcentralDetectors } from './detectors/ringcentral';
import { robinhoodDetectors } from './detectors/robinhood';
import { rootlyDetectors } from './detectors/rootly';
import { rubygemsDetectors } from './detectors/rubygems';
import { saladcloudDetectors } from './detectors/saladcloud';
import { salesforceDetectors } from './detectors/salesforce';
import { sanityDetectors } from './detectors/sanity';
import { saucelabsDetectors } from './detectors/saucelabs';
import { scalewayDetectors } from './detectors/scaleway';
import { scalingoDetectors } from './detectors/scalingo';
import { scraperapiDetectors } from './detectors/scraperapi';
import { scrapestackDetectors } from './detectors/scrapestack';
import { scrapflyDetectors } from './detectors/scrapfly';
import { scrapingantDetectors } from './detectors/scrapingant';
import { screenshotlayerDetectors } from './detectors/screenshotlayer';
import { sendbirdDetectors } from './detectors/sendbird';
import { sendgridDetectors } from './detectors/sendgrid';
import { sendinblueDetectors } from './detectors/sendinblue';
import { sentryDetectors } from './detectors/sentry';
import { serpstackDetectors } from './detectors/serpstack';
import { settlemintDetectors } from './detectors/settlemint';
import { shippoDetectors } from './detectors/shippo';
import { shodanDetectors } from './detectors/shodan';
import { shopifyDetectors } from './detectors/shopify';
import { shortcutDetectors } from './detectors/shortcut';
import { sidekiqDetectors } from './detectors/sidekiq';
import { signalwireDetectors } from './detectors/signalwire';
import { sinchDetectors } from './detectors/sinch';
import { slackDetectors } from './detectors/slack';
import { smartsheetDetectors } from './detectors/smartsheet';
import { snowflakeDetectors } from './detectors/snowflake';
import { snykDetectors } from './detectors/snyk';
import { solarwindsDetectors } from './detectors/solarwinds';
import { sonarDetectors } from './detectors/sonar';
import { sourcegraphDetectors } from './detectors/sourcegraph';
import { sparkpostDetectors } from './detectors/sparkpost';
import { spectralopsDetectors } from './detectors/spectralops';
import { spoonacularDetectors } from './detectors/spoonacular';
import { spotifyDetectors } from './detectors/spotify';
import { squareDetectors } from './detectors/square';
import { squarespaceDetectors } from './detectors/squarespace';
import { statuspageDetectors } from './detectors/statuspage';
import { storyblokDetectors } from './detectors/storyblok';
import { stravaDetectors } from './detectors/strava';
import { stripeDetectors } from './detectors/stripe';
import { stytchDetectors } from './detectors/stytch';
import { sumologicDetectors } from './detectors/sumologic';
import { supabaseDetectors } from './detectors/supabase';
import { tailscaleDetectors } from './detectors/tailscale';
import { taxjarDetectors } from './detectors/taxjar';
import { teamworkDetectors } from './detectors/teamwork';
import { telegramDetectors } from './detectors/telegram';
import { telnyxDetectors } from './detectors/telnyx';
import { tencentDetectors } from './detectors/tencent';
import { terraformDetectors } from './detectors/terraform';
import { ticketmasterDetectors } from './detectors/ticketmaster';
import { tiingoDetectors } from './detectors/tiingo';
import { tinesDetectors } from './detectors/tines';
import { todoistDetectors } from './detectors/todoist';
import { togglDetectors } from './detectors/toggl';
import { tomtomDetectors } from './detectors/tomtom';
import { travisciDetectors } from './detectors/travisci';
import { trelloDetectors } from './detectors/trello';
import { twelvedataDetectors } from './detectors/twelvedata';
import { twilioDetectors } from './detectors/twilio';
import { twitchDetectors } from './detectors/twitch';
import { twitterDetectors } from './detectors/twitter';
import { typeformDetectors } from './detectors/typeform';
import { ubidotsDetectors } from './detectors/ubidots';
import { unsplashDetectors } from './detectors/unsplash';
import { uploadcareDetectors } from './detectors/uploadcare';
import { uptimerobotDetectors } from './detectors/uptimerobot';
import { urlDetectors } from './detectors/url';
import { userstackDetectors } from './detectors/userstack';
import { vatlayerDetectors } from './detectors/vatlayer';
import { vaultDetectors } from './detectors/vault';
import { vercelDetectors } from './detectors/vercel';
import { virustotalDetectors } from './detectors/virustotal';
import { visualcrossingDetectors } from './detectors/visualcrossing';
import { voiceflowDetectors } from './detectors/voiceflow';
import { vonageDetectors } from './detectors/vonage';
import { vultrDetectors } from './detectors/vultr';
import { wandbDetectors } from './detectors/wandb';
import { weatherbitDetectors } from './detectors/weatherbit';
import { weatherstackDetectors } from './detectors/weatherstack';
import { webexDetectors } from './detectors/webex';
import { webflowDetectors } from './detectors/webflow';
import { wistiaDetectors } from './detectors/wistia';
import { xaiDetectors } from './detectors/xai';
import { yandexDetectors } from './detectors/yandex';
import { yelpDetectors } from './detectors/yelp';
import { ynabDetectors } from './detectors/ynab';
import { zapierDetectors } from './detectors/zapier';
import { zendeskDetectors } from './detectors/zendesk';
import { zenrowsDetectors } from './detectors/zenrows';
import { zerobounceDetectors } from './detectors/zerobounce';
import { zerotierDetectors } from './detectors/zerotier';
import { zohoDetectors } from './detectors/zoho';
import { zulipDetectors } from './detectors/zulip';

/** The providers whose names start with r to z, alphabetically: see registry.ts. */
export const providersRToZ: Readonly<Record<string, readonly Detector[]>> = {
  railway: railwayDetectors,
  ramp: rampDetectors,
  rapidapi: rapidapiDetectors,
  razorpay: razorpayDetectors,
  readme: readmeDetectors,
  rebrandly: rebrandlyDetectors,
  recharge: rechargeDetectors,
  render: renderDetectors,
  replicate: replicateDetectors,
  ringcentral: ringcentralDetectors,
  robinhood: robinhoodDetectors,
  rootly: rootlyDetectors,
  rubygems: rubygemsDetectors,
  saladcloud: saladcloudDetectors,
  salesforce: salesforceDetectors,
  sanity: sanityDetectors,
  saucelabs: saucelabsDetectors,
  scaleway: scalewayDetectors,
  scalingo: scalingoDetectors,
  scraperapi: scraperapiDetectors,
  scrapestack: scrapestackDetectors,
  scrapfly: scrapflyDetectors,
  scrapingant: scrapingantDetectors,
  screenshotlayer: screenshotlayerDetectors,
  sendbird: sendbirdDetectors,
  sendgrid: sendgridDetectors,
  sendinblue: sendinblueDetectors,
  sentry: sentryDetectors,
  serpstack: serpstackDetectors,
  settlemint: settlemintDetectors,
  shippo: shippoDetectors,
  shodan: shodanDetectors,
  shopify: shopifyDetectors,
  shortcut: shortcutDetectors,
  sidekiq: sidekiqDetectors,
  signalwire: signalwireDetectors,
  sinch: sinchDetectors,
  slack: slackDetectors,
  smartsheet: smartsheetDetectors,
  snowflake: snowflakeDetectors,
  snyk: snykDetectors,
  solarwinds: solarwindsDetectors,
  sonar: sonarDetectors,
  sourcegraph: sourcegraphDetectors,
  sparkpost: sparkpostDetectors,
  spectralops: spectralopsDetectors,
  spoonacular: spoonacularDetectors,
  spotify: spotifyDetectors,
  square: squareDetectors,
  squarespace: squarespaceDetectors,
  statuspage: statuspageDetectors,
  storyblok: storyblokDetectors,
  strava: stravaDetectors,
  stripe: stripeDetectors,
  stytch: stytchDetectors,
  sumologic: sumologicDetectors,
  supabase: supabaseDetectors,
  tailscale: tailscaleDetectors,
  taxjar: taxjarDetectors,
  teamwork: teamworkDetectors,
  telegram: telegramDetectors,
  telnyx: telnyxDetectors,
  tencent: tencentDetectors,
  terraform: terraformDetectors,
  ticketmaster: ticketmasterDetectors,
  tiingo: tiingoDetectors,
  tines: tinesDetectors,
  todoist: todoistDetectors,
  toggl: togglDetectors,
  tomtom: tomtomDetectors,
  travisci: travisciDetectors,
  trello: trelloDetectors,
  twelvedata: twelvedataDetectors,
  twilio: twilioDetectors,
  twitch: twitchDetectors,
  twitter: twitterDetectors,
  typeform: typeformDetectors,
  ubidots: ubidotsDetectors,
  unsplash: unsplashDetectors,
  uploadcare: uploadcareDetectors,
  uptimerobot: uptimerobotDetectors,
  url: urlDetectors,
  userstack: userstackDetectors,
  vatlayer: vatlayerDetectors,
  vault: vaultDetectors,
  vercel: vercelDetectors,
  virustotal: virustotalDetectors,
  visualcrossing: visualcrossingDetectors,
  voiceflow: voiceflowDetectors,
  vonage: vonageDetectors,
  vultr: vultrDetectors,
  wandb: wandbDetectors,
  weatherbit: weatherbitDetectors,
  weatherstack: weatherstackDetectors,
  webex: webexDetectors,
  webflow: webflowDetectors,
  wistia: wistiaDetectors,
  xai: xaiDetectors,
  yandex: yandexDetectors,
  yelp: yelpDetectors,
  ynab: ynabDetectors,
  zapier: zapierDetectors,
  zendesk: zendeskDetectors,
  zenrows: zenrowsDetectors,
  zerobounce: zerobounceDetectors,
  zerotier: zerotierDetectors,
  zoho: zohoDetectors,
  zulip: zulipDetectors,
};
