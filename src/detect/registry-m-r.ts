import type { Detector } from './detector';
import { mailchimpDetectors } from './detectors/mailchimp';
import { mailgunDetectors } from './detectors/mailgun';
import { mapboxDetectors } from './detectors/mapbox';
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
import { oktaDetectors } from './detectors/okta';
import { onepasswordDetectors } from './detectors/onepassword';
import { openaiDetectors } from './detectors/openai';
import { openrouterDetectors } from './detectors/openrouter';
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
import { postmarkDetectors } from './detectors/postmark';
import { privateKeyDetectors } from './detectors/private-key';
import { pubnubDetectors } from './detectors/pubnub';
import { pulumiDetectors } from './detectors/pulumi';
import { pypiDetectors } from './detectors/pypi';
import { railwayDetectors } from './detectors/railway';
import { rampDetectors } from './detectors/ramp';
import { rechargeDetectors } from './detectors/recharge';
import { renderDetectors } from './detectors/render';
import { replicateDetectors } from './detectors/replicate';
import { robinhoodDetectors } from './detectors/robinhood';
import { rootlyDetectors } from './detectors/rootly';
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
  okta: oktaDetectors,
  onepassword: onepasswordDetectors,
  openai: openaiDetectors,
  openrouter: openrouterDetectors,
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
  postmark: postmarkDetectors,
  'private-key': privateKeyDetectors,
  pubnub: pubnubDetectors,
  pulumi: pulumiDetectors,
  pypi: pypiDetectors,
  railway: railwayDetectors,
  ramp: rampDetectors,
  recharge: rechargeDetectors,
  render: renderDetectors,
  replicate: replicateDetectors,
  robinhood: robinhoodDetectors,
  rootly: rootlyDetectors,
  rubygems: rubygemsDetectors,
};
