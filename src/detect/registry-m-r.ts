import type { Detector } from './detector';
import { mailchimpDetectors } from './detectors/mailchimp';
import { mailgunDetectors } from './detectors/mailgun';
import { mapboxDetectors } from './detectors/mapbox';
import { mattermostDetectors } from './detectors/mattermost';
import { maxmindDetectors } from './detectors/maxmind';
import { merakiDetectors } from './detectors/meraki';
import { messagebirdDetectors } from './detectors/messagebird';
import { microsoftteamsDetectors } from './detectors/microsoftteams';
import { mistralDetectors } from './detectors/mistral';
import { mongodbDetectors } from './detectors/mongodb';
import { neonDetectors } from './detectors/neon';
import { netlifyDetectors } from './detectors/netlify';
import { newrelicDetectors } from './detectors/newrelic';
import { nightfallDetectors } from './detectors/nightfall';
import { notionDetectors } from './detectors/notion';
import { npmDetectors } from './detectors/npm';
import { nugetDetectors } from './detectors/nuget';
import { nvidiaDetectors } from './detectors/nvidia';
import { nytimesDetectors } from './detectors/nytimes';
import { octopusdeployDetectors } from './detectors/octopusdeploy';
import { oktaDetectors } from './detectors/okta';
import { onepasswordDetectors } from './detectors/onepassword';
import { openaiDetectors } from './detectors/openai';
import { openrouterDetectors } from './detectors/openrouter';
import { openshiftDetectors } from './detectors/openshift';
import { pagarmeDetectors } from './detectors/pagarme';
import { pagerdutyDetectors } from './detectors/pagerduty';
import { paypalDetectors } from './detectors/paypal';
import { perplexityDetectors } from './detectors/perplexity';
import { pganalyzeDetectors } from './detectors/pganalyze';
import { photoroomDetectors } from './detectors/photoroom';
import { pineconeDetectors } from './detectors/pinecone';
import { plaidDetectors } from './detectors/plaid';
import { planetscaleDetectors } from './detectors/planetscale';
import { posthogDetectors } from './detectors/posthog';
import { postmanDetectors } from './detectors/postman';
import { postmarkDetectors } from './detectors/postmark';
import { prefectDetectors } from './detectors/prefect';
import { privateKeyDetectors } from './detectors/private-key';
import { privateaiDetectors } from './detectors/privateai';
import { pubnubDetectors } from './detectors/pubnub';
import { pulumiDetectors } from './detectors/pulumi';
import { pypiDetectors } from './detectors/pypi';
import { railwayDetectors } from './detectors/railway';
import { rampDetectors } from './detectors/ramp';
import { rapidapiDetectors } from './detectors/rapidapi';
import { readmeDetectors } from './detectors/readme';
import { rechargeDetectors } from './detectors/recharge';
import { renderDetectors } from './detectors/render';
import { replicateDetectors } from './detectors/replicate';
import { robinhoodDetectors } from './detectors/robinhood';
import { rootlyDetectors } from './detectors/rootly';
import { rubygemsDetectors } from './detectors/rubygems';

/** The providers whose names start with m to r, alphabetically: see registry.ts. */
export const providersMToR: Readonly<Record<string, readonly Detector[]>> = {
  mailchimp: mailchimpDetectors,
  mailgun: mailgunDetectors,
  mapbox: mapboxDetectors,
  mattermost: mattermostDetectors,
  maxmind: maxmindDetectors,
  meraki: merakiDetectors,
  messagebird: messagebirdDetectors,
  microsoftteams: microsoftteamsDetectors,
  mistral: mistralDetectors,
  mongodb: mongodbDetectors,
  neon: neonDetectors,
  netlify: netlifyDetectors,
  newrelic: newrelicDetectors,
  nightfall: nightfallDetectors,
  notion: notionDetectors,
  npm: npmDetectors,
  nuget: nugetDetectors,
  nvidia: nvidiaDetectors,
  nytimes: nytimesDetectors,
  octopusdeploy: octopusdeployDetectors,
  okta: oktaDetectors,
  onepassword: onepasswordDetectors,
  openai: openaiDetectors,
  openrouter: openrouterDetectors,
  openshift: openshiftDetectors,
  pagarme: pagarmeDetectors,
  pagerduty: pagerdutyDetectors,
  paypal: paypalDetectors,
  perplexity: perplexityDetectors,
  pganalyze: pganalyzeDetectors,
  photoroom: photoroomDetectors,
  pinecone: pineconeDetectors,
  plaid: plaidDetectors,
  planetscale: planetscaleDetectors,
  posthog: posthogDetectors,
  postman: postmanDetectors,
  postmark: postmarkDetectors,
  prefect: prefectDetectors,
  'private-key': privateKeyDetectors,
  privateai: privateaiDetectors,
  pubnub: pubnubDetectors,
  pulumi: pulumiDetectors,
  pypi: pypiDetectors,
  railway: railwayDetectors,
  ramp: rampDetectors,
  rapidapi: rapidapiDetectors,
  readme: readmeDetectors,
  recharge: rechargeDetectors,
  render: renderDetectors,
  replicate: replicateDetectors,
  robinhood: robinhoodDetectors,
  rootly: rootlyDetectors,
  rubygems: rubygemsDetectors,
};
