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
import { notionDetectors } from './detectors/notion';
import { npmDetectors } from './detectors/npm';
import { nugetDetectors } from './detectors/nuget';
import { nytimesDetectors } from './detectors/nytimes';
import { octopusdeployDetectors } from './detectors/octopusdeploy';
import { oktaDetectors } from './detectors/okta';
import { onepasswordDetectors } from './detectors/onepassword';
import { openaiDetectors } from './detectors/openai';
import { openshiftDetectors } from './detectors/openshift';
import { pagerdutyDetectors } from './detectors/pagerduty';
import { paypalDetectors } from './detectors/paypal';
import { perplexityDetectors } from './detectors/perplexity';
import { plaidDetectors } from './detectors/plaid';
import { planetscaleDetectors } from './detectors/planetscale';
import { postmanDetectors } from './detectors/postman';
import { postmarkDetectors } from './detectors/postmark';
import { prefectDetectors } from './detectors/prefect';
import { privateKeyDetectors } from './detectors/private-key';
import { privateaiDetectors } from './detectors/privateai';
import { pulumiDetectors } from './detectors/pulumi';
import { pypiDetectors } from './detectors/pypi';
import { railwayDetectors } from './detectors/railway';
import { rapidapiDetectors } from './detectors/rapidapi';
import { readmeDetectors } from './detectors/readme';
import { renderDetectors } from './detectors/render';
import { replicateDetectors } from './detectors/replicate';
import { rubygemsDetectors } from './detectors/rubygems';

/**
 * The built-in rules of the providers from m to r, by provider: `detectorsByProvider` (registry.ts) takes
 * them in whole, as one table would be longer than a file may be. Alphabetical, one import and one line
 * per provider, like the table there.
 */
export const mToRDetectorsByProvider: Readonly<Record<string, readonly Detector[]>> = {
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
  notion: notionDetectors,
  npm: npmDetectors,
  nuget: nugetDetectors,
  nytimes: nytimesDetectors,
  octopusdeploy: octopusdeployDetectors,
  okta: oktaDetectors,
  onepassword: onepasswordDetectors,
  openai: openaiDetectors,
  openshift: openshiftDetectors,
  pagerduty: pagerdutyDetectors,
  paypal: paypalDetectors,
  perplexity: perplexityDetectors,
  plaid: plaidDetectors,
  planetscale: planetscaleDetectors,
  postman: postmanDetectors,
  postmark: postmarkDetectors,
  prefect: prefectDetectors,
  'private-key': privateKeyDetectors,
  privateai: privateaiDetectors,
  pulumi: pulumiDetectors,
  pypi: pypiDetectors,
  railway: railwayDetectors,
  rapidapi: rapidapiDetectors,
  readme: readmeDetectors,
  render: renderDetectors,
  replicate: replicateDetectors,
  rubygems: rubygemsDetectors,
};
