import type { Detector } from './detector';
import { mailboxlayerDetectors } from './detectors/mailboxlayer';
import { mailchimpDetectors } from './detectors/mailchimp';
import { mailerliteDetectors } from './detectors/mailerlite';
import { mailgunDetectors } from './detectors/mailgun';
import { mailjetDetectors } from './detectors/mailjet';
import { mandrillDetectors } from './detectors/mandrill';
import { mapboxDetectors } from './detectors/mapbox';
import { mapquestDetectors } from './detectors/mapquest';
import { marketstackDetectors } from './detectors/marketstack';
import { mattermostDetectors } from './detectors/mattermost';
import { maxmindDetectors } from './detectors/maxmind';
import { mediastackDetectors } from './detectors/mediastack';
import { merakiDetectors } from './detectors/meraki';
import { messagebirdDetectors } from './detectors/messagebird';
import { microsoftteamsDetectors } from './detectors/microsoftteams';
import { mistralDetectors } from './detectors/mistral';
import { mixpanelDetectors } from './detectors/mixpanel';
import { mongodbDetectors } from './detectors/mongodb';
import { moralisDetectors } from './detectors/moralis';
import { muxDetectors } from './detectors/mux';
import { neonDetectors } from './detectors/neon';
import { netlifyDetectors } from './detectors/netlify';
import { newrelicDetectors } from './detectors/newrelic';
import { newsapiDetectors } from './detectors/newsapi';
import { ngrokDetectors } from './detectors/ngrok';
import { nightfallDetectors } from './detectors/nightfall';
import { notionDetectors } from './detectors/notion';
import { npmDetectors } from './detectors/npm';
import { nugetDetectors } from './detectors/nuget';
import { numverifyDetectors } from './detectors/numverify';
import { nvidiaDetectors } from './detectors/nvidia';
import { nylasDetectors } from './detectors/nylas';
import { nytimesDetectors } from './detectors/nytimes';
import { oandaDetectors } from './detectors/oanda';
import { octopusdeployDetectors } from './detectors/octopusdeploy';
import { oktaDetectors } from './detectors/okta';
import { onepasswordDetectors } from './detectors/onepassword';
import { onesignalDetectors } from './detectors/onesignal';
import { openaiDetectors } from './detectors/openai';
import { opencageDetectors } from './detectors/opencage';
import { openrouterDetectors } from './detectors/openrouter';
import { openshiftDetectors } from './detectors/openshift';
import { openweatherDetectors } from './detectors/openweather';
import { opsgenieDetectors } from './detectors/opsgenie';
import { packagecloudDetectors } from './detectors/packagecloud';
import { pagarmeDetectors } from './detectors/pagarme';
import { pagerdutyDetectors } from './detectors/pagerduty';
import { pandadocDetectors } from './detectors/pandadoc';
import { pastebinDetectors } from './detectors/pastebin';
import { paypalDetectors } from './detectors/paypal';
import { pdflayerDetectors } from './detectors/pdflayer';
import { peopledatalabsDetectors } from './detectors/peopledatalabs';
import { percyDetectors } from './detectors/percy';
import { perplexityDetectors } from './detectors/perplexity';
import { pganalyzeDetectors } from './detectors/pganalyze';
import { photoroomDetectors } from './detectors/photoroom';
import { pinataDetectors } from './detectors/pinata';
import { pineconeDetectors } from './detectors/pinecone';
import { pipedriveDetectors } from './detectors/pipedrive';
import { pivotaltrackerDetectors } from './detectors/pivotaltracker';
import { plaidDetectors } from './detectors/plaid';
import { planetscaleDetectors } from './detectors/planetscale';
import { plivoDetectors } from './detectors/plivo';
import { polygonDetectors } from './detectors/polygon';
import { portainerDetectors } from './detectors/portainer';
import { positionstackDetectors } from './detectors/positionstack';
import { posthogDetectors } from './detectors/posthog';
import { postmanDetectors } from './detectors/postman';
import { postmarkDetectors } from './detectors/postmark';
import { prefectDetectors } from './detectors/prefect';
import { privateKeyDetectors } from './detectors/private-key';
import { privateaiDetectors } from './detectors/privateai';
import { pubnubDetectors } from './detectors/pubnub';
import { pulumiDetectors } from './detectors/pulumi';
import { pushbulletDetectors } from './detectors/pushbullet';
import { pusherDetectors } from './detectors/pusher';
import { pypiDetectors } from './detectors/pypi';

/** The providers whose names start with m to q, alphabetically: see registry.ts. */
export const providersMToQ: Readonly<Record<string, readonly Detector[]>> = {
  mailboxlayer: mailboxlayerDetectors,
  mailchimp: mailchimpDetectors,
  mailerlite: mailerliteDetectors,
  mailgun: mailgunDetectors,
  mailjet: mailjetDetectors,
  mandrill: mandrillDetectors,
  mapbox: mapboxDetectors,
  mapquest: mapquestDetectors,
  marketstack: marketstackDetectors,
  mattermost: mattermostDetectors,
  maxmind: maxmindDetectors,
  mediastack: mediastackDetectors,
  meraki: merakiDetectors,
  messagebird: messagebirdDetectors,
  microsoftteams: microsoftteamsDetectors,
  mistral: mistralDetectors,
  mixpanel: mixpanelDetectors,
  mongodb: mongodbDetectors,
  moralis: moralisDetectors,
  mux: muxDetectors,
  neon: neonDetectors,
  netlify: netlifyDetectors,
  newrelic: newrelicDetectors,
  newsapi: newsapiDetectors,
  ngrok: ngrokDetectors,
  nightfall: nightfallDetectors,
  notion: notionDetectors,
  npm: npmDetectors,
  nuget: nugetDetectors,
  numverify: numverifyDetectors,
  nvidia: nvidiaDetectors,
  nylas: nylasDetectors,
  nytimes: nytimesDetectors,
  oanda: oandaDetectors,
  octopusdeploy: octopusdeployDetectors,
  okta: oktaDetectors,
  onepassword: onepasswordDetectors,
  onesignal: onesignalDetectors,
  openai: openaiDetectors,
  opencage: opencageDetectors,
  openrouter: openrouterDetectors,
  openshift: openshiftDetectors,
  openweather: openweatherDetectors,
  opsgenie: opsgenieDetectors,
  packagecloud: packagecloudDetectors,
  pagarme: pagarmeDetectors,
  pagerduty: pagerdutyDetectors,
  pandadoc: pandadocDetectors,
  pastebin: pastebinDetectors,
  paypal: paypalDetectors,
  pdflayer: pdflayerDetectors,
  peopledatalabs: peopledatalabsDetectors,
  percy: percyDetectors,
  perplexity: perplexityDetectors,
  pganalyze: pganalyzeDetectors,
  photoroom: photoroomDetectors,
  pinata: pinataDetectors,
  pinecone: pineconeDetectors,
  pipedrive: pipedriveDetectors,
  pivotaltracker: pivotaltrackerDetectors,
  plaid: plaidDetectors,
  planetscale: planetscaleDetectors,
  plivo: plivoDetectors,
  polygon: polygonDetectors,
  portainer: portainerDetectors,
  positionstack: positionstackDetectors,
  posthog: posthogDetectors,
  postman: postmanDetectors,
  postmark: postmarkDetectors,
  prefect: prefectDetectors,
  'private-key': privateKeyDetectors,
  privateai: privateaiDetectors,
  pubnub: pubnubDetectors,
  pulumi: pulumiDetectors,
  pushbullet: pushbulletDetectors,
  pusher: pusherDetectors,
  pypi: pypiDetectors,
};
