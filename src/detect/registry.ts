import type { Detector } from './detector';
import { adyenDetectors } from './detectors/adyen';
import { ageDetectors } from './detectors/age';
import { airtableDetectors } from './detectors/airtable';
import { algoliaDetectors } from './detectors/algolia';
import { alibabaDetectors } from './detectors/alibaba';
import { anthropicDetectors } from './detectors/anthropic';
import { asanaDetectors } from './detectors/asana';
import { atlassianDetectors } from './detectors/atlassian';
import { auth0Detectors } from './detectors/auth0';
import { awsDetectors } from './detectors/aws';
import { azureDetectors } from './detectors/azure';
import { azureDevopsDetectors } from './detectors/azure-devops';
import { bitbucketDetectors } from './detectors/bitbucket';
import { braintreeDetectors } from './detectors/braintree';
import { cloudflareDetectors } from './detectors/cloudflare';
import { cohereDetectors } from './detectors/cohere';
import { coinbaseDetectors } from './detectors/coinbase';
import { confluentDetectors } from './detectors/confluent';
import { contentfulDetectors } from './detectors/contentful';
import { curlDetectors } from './detectors/curl';
import { databricksDetectors } from './detectors/databricks';
import { datadogDetectors } from './detectors/datadog';
import { deepseekDetectors } from './detectors/deepseek';
import { digitaloceanDetectors } from './detectors/digitalocean';
import { discordDetectors } from './detectors/discord';
import { dockerDetectors } from './detectors/docker';
import { dopplerDetectors } from './detectors/doppler';
import { dropboxDetectors } from './detectors/dropbox';
import { easypostDetectors } from './detectors/easypost';
import { facebookDetectors } from './detectors/facebook';
import { fastlyDetectors } from './detectors/fastly';
import { figmaDetectors } from './detectors/figma';
import { firebaseDetectors } from './detectors/firebase';
import { flyioDetectors } from './detectors/flyio';
import { genericDetectors } from './detectors/generic';
import { genericCallDetectors } from './detectors/generic-call';
import { genericCliDetectors } from './detectors/generic-cli';
import { genericGoDetectors } from './detectors/generic-go';
import { genericOperatorDetectors } from './detectors/generic-operator';
import { genericQuotedDetectors } from './detectors/generic-quoted';
import { genericXmlDetectors } from './detectors/generic-xml';
import { githubDetectors } from './detectors/github';
import { gitlabDetectors } from './detectors/gitlab';
import { googleDetectors } from './detectors/google';
import { grafanaDetectors } from './detectors/grafana';
import { groqDetectors } from './detectors/groq';
import { herokuDetectors } from './detectors/heroku';
import { honeycombDetectors } from './detectors/honeycomb';
import { httpDetectors } from './detectors/http';
import { huggingfaceDetectors } from './detectors/huggingface';
import { jfrogDetectors } from './detectors/jfrog';
import { jwtDetectors } from './detectors/jwt';
import { kubernetesDetectors } from './detectors/kubernetes';
import { linearDetectors } from './detectors/linear';
import { linkedinDetectors } from './detectors/linkedin';
import { linodeDetectors } from './detectors/linode';
import { mailchimpDetectors } from './detectors/mailchimp';
import { mailgunDetectors } from './detectors/mailgun';
import { mapboxDetectors } from './detectors/mapbox';
import { mistralDetectors } from './detectors/mistral';
import { mongodbDetectors } from './detectors/mongodb';
import { neonDetectors } from './detectors/neon';
import { netlifyDetectors } from './detectors/netlify';
import { newrelicDetectors } from './detectors/newrelic';
import { notionDetectors } from './detectors/notion';
import { npmDetectors } from './detectors/npm';
import { nugetDetectors } from './detectors/nuget';
import { oktaDetectors } from './detectors/okta';
import { onepasswordDetectors } from './detectors/onepassword';
import { openaiDetectors } from './detectors/openai';
import { pagerdutyDetectors } from './detectors/pagerduty';
import { paypalDetectors } from './detectors/paypal';
import { perplexityDetectors } from './detectors/perplexity';
import { plaidDetectors } from './detectors/plaid';
import { planetscaleDetectors } from './detectors/planetscale';
import { postmarkDetectors } from './detectors/postmark';
import { privateKeyDetectors } from './detectors/private-key';
import { pulumiDetectors } from './detectors/pulumi';
import { pypiDetectors } from './detectors/pypi';
import { railwayDetectors } from './detectors/railway';
import { renderDetectors } from './detectors/render';
import { replicateDetectors } from './detectors/replicate';
import { rubygemsDetectors } from './detectors/rubygems';
import { sendgridDetectors } from './detectors/sendgrid';
import { sentryDetectors } from './detectors/sentry';
import { shippoDetectors } from './detectors/shippo';
import { shopifyDetectors } from './detectors/shopify';
import { slackDetectors } from './detectors/slack';
import { snowflakeDetectors } from './detectors/snowflake';
import { squareDetectors } from './detectors/square';
import { stripeDetectors } from './detectors/stripe';
import { supabaseDetectors } from './detectors/supabase';
import { telegramDetectors } from './detectors/telegram';
import { tencentDetectors } from './detectors/tencent';
import { terraformDetectors } from './detectors/terraform';
import { twilioDetectors } from './detectors/twilio';
import { twitchDetectors } from './detectors/twitch';
import { twitterDetectors } from './detectors/twitter';
import { urlDetectors } from './detectors/url';
import { vaultDetectors } from './detectors/vault';
import { vercelDetectors } from './detectors/vercel';
import { yandexDetectors } from './detectors/yandex';
import { providersAToC } from './registry-a-c';
import { providersDToL } from './registry-d-l';
import { mToRDetectorsByProvider } from './registry-m-r';
import { sToZDetectorsByProvider } from './registry-s-z';

export { builtInFileDetectors, fileDetectorsByKind } from './file-registry';

/**
 * Every built-in rule, by provider; the key is the detector file's name and the prefix of each id.
 * Kept in alphabetical order so that adding a provider is a one-line, conflict-free change; the table
 * is in four parts (registry-a-c.ts, registry-d-l.ts, registry-m-r.ts, registry-s-z.ts), as one file
 * could no longer hold it within the size rules.
 */
export const detectorsByProvider: Readonly<Record<string, readonly Detector[]>> = {
  adyen: adyenDetectors,
  age: ageDetectors,
  airtable: airtableDetectors,
  algolia: algoliaDetectors,
  alibaba: alibabaDetectors,
  anthropic: anthropicDetectors,
  asana: asanaDetectors,
  atlassian: atlassianDetectors,
  auth0: auth0Detectors,
  aws: awsDetectors,
  azure: azureDetectors,
  'azure-devops': azureDevopsDetectors,
  bitbucket: bitbucketDetectors,
  braintree: braintreeDetectors,
  cloudflare: cloudflareDetectors,
  cohere: cohereDetectors,
  coinbase: coinbaseDetectors,
  confluent: confluentDetectors,
  contentful: contentfulDetectors,
  curl: curlDetectors,
  databricks: databricksDetectors,
  datadog: datadogDetectors,
  deepseek: deepseekDetectors,
  digitalocean: digitaloceanDetectors,
  discord: discordDetectors,
  docker: dockerDetectors,
  doppler: dopplerDetectors,
  dropbox: dropboxDetectors,
  easypost: easypostDetectors,
  facebook: facebookDetectors,
  fastly: fastlyDetectors,
  figma: figmaDetectors,
  firebase: firebaseDetectors,
  flyio: flyioDetectors,
  generic: genericDetectors,
  'generic-call': genericCallDetectors,
  'generic-cli': genericCliDetectors,
  'generic-go': genericGoDetectors,
  'generic-operator': genericOperatorDetectors,
  'generic-quoted': genericQuotedDetectors,
  'generic-xml': genericXmlDetectors,
  github: githubDetectors,
  gitlab: gitlabDetectors,
  google: googleDetectors,
  grafana: grafanaDetectors,
  groq: groqDetectors,
  heroku: herokuDetectors,
  honeycomb: honeycombDetectors,
  http: httpDetectors,
  huggingface: huggingfaceDetectors,
  jfrog: jfrogDetectors,
  jwt: jwtDetectors,
  kubernetes: kubernetesDetectors,
  linear: linearDetectors,
  linkedin: linkedinDetectors,
  linode: linodeDetectors,
  mailchimp: mailchimpDetectors,
  mailgun: mailgunDetectors,
  mapbox: mapboxDetectors,
  mistral: mistralDetectors,
  mongodb: mongodbDetectors,
  ...mToRDetectorsByProvider,
  neon: neonDetectors,
  netlify: netlifyDetectors,
  newrelic: newrelicDetectors,
  notion: notionDetectors,
  npm: npmDetectors,
  nuget: nugetDetectors,
  okta: oktaDetectors,
  onepassword: onepasswordDetectors,
  openai: openaiDetectors,
  pagerduty: pagerdutyDetectors,
  paypal: paypalDetectors,
  perplexity: perplexityDetectors,
  plaid: plaidDetectors,
  planetscale: planetscaleDetectors,
  postmark: postmarkDetectors,
  'private-key': privateKeyDetectors,
  ...providersAToC,
  ...providersDToL,
  pulumi: pulumiDetectors,
  pypi: pypiDetectors,
  railway: railwayDetectors,
  render: renderDetectors,
  replicate: replicateDetectors,
  rubygems: rubygemsDetectors,
  sendgrid: sendgridDetectors,
  sentry: sentryDetectors,
  shippo: shippoDetectors,
  shopify: shopifyDetectors,
  slack: slackDetectors,
  snowflake: snowflakeDetectors,
  square: squareDetectors,
  ...sToZDetectorsByProvider,
  stripe: stripeDetectors,
  supabase: supabaseDetectors,
  telegram: telegramDetectors,
  tencent: tencentDetectors,
  terraform: terraformDetectors,
  twilio: twilioDetectors,
  twitch: twitchDetectors,
  twitter: twitterDetectors,
  url: urlDetectors,
  vault: vaultDetectors,
  vercel: vercelDetectors,
  yandex: yandexDetectors,
};

export const builtInDetectors: readonly Detector[] = Object.values(detectorsByProvider).flat();
