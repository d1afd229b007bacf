import type { Detector } from './detector';
import { providersAToC } from './registry-a-c';
import { providersDToL } from './registry-d-l';
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

import type { FileDetector } from './file-detector';
import { credentialsJsonFileDetector } from './file-detectors/credentials-json';
import { dockerConfigFileDetector } from './file-detectors/docker-config';
import { envFileDetector } from './file-detectors/env';
import { filezillaFileDetector } from './file-detectors/filezilla';
import { gitCredentialsFileDetector } from './file-detectors/git-credentials';
import { htpasswdFileDetector } from './file-detectors/htpasswd';
import { keystoreFileDetector } from './file-detectors/keystore';
import { kubeconfigFileDetector } from './file-detectors/kubeconfig';
import { myCnfFileDetector } from './file-detectors/my-cnf';
import { netrcFileDetector } from './file-detectors/netrc';
import { npmrcFileDetector } from './file-detectors/npmrc';
import { pgpassFileDetector } from './file-detectors/pgpass';
import { privateKeyFileDetector } from './file-detectors/private-key';
import { pypircFileDetector } from './file-detectors/pypirc';
import { s3cfgFileDetector } from './file-detectors/s3cfg';
import { sftpConfigFileDetector } from './file-detectors/sftp-config';
import { terraformStateFileDetector } from './file-detectors/terraform-state';
import { tfvarsFileDetector } from './file-detectors/tfvars';

/**
 * Every built-in rule, by provider; the key is the detector file's name and the prefix of each id.
 * Kept in alphabetical order so that adding a provider is a one-line, conflict-free change. Providers
 * a to c and d to l are listed in registry-a-c.ts and registry-d-l.ts: one file no longer holds them
 * all within the size rules.
 */
export const detectorsByProvider: Readonly<Record<string, readonly Detector[]>> = {
  ...providersAToC,
  ...providersDToL,
  mailchimp: mailchimpDetectors,
  mailgun: mailgunDetectors,
  mapbox: mapboxDetectors,
  mistral: mistralDetectors,
  mongodb: mongodbDetectors,
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

/**
 * Every built-in file rule (a credential store known by its name), by kind; the key is the file
 * detector's name and the end of its id, `sensitive-file-<kind>`. Alphabetical, like the providers.
 */
export const fileDetectorsByKind: Readonly<Record<string, FileDetector>> = {
  'credentials-json': credentialsJsonFileDetector,
  'docker-config': dockerConfigFileDetector,
  env: envFileDetector,
  filezilla: filezillaFileDetector,
  'git-credentials': gitCredentialsFileDetector,
  htpasswd: htpasswdFileDetector,
  keystore: keystoreFileDetector,
  kubeconfig: kubeconfigFileDetector,
  'my-cnf': myCnfFileDetector,
  netrc: netrcFileDetector,
  npmrc: npmrcFileDetector,
  pgpass: pgpassFileDetector,
  'private-key': privateKeyFileDetector,
  pypirc: pypircFileDetector,
  s3cfg: s3cfgFileDetector,
  'sftp-config': sftpConfigFileDetector,
  'terraform-state': terraformStateFileDetector,
  tfvars: tfvarsFileDetector,
};

export const builtInFileDetectors: readonly FileDetector[] = Object.values(fileDetectorsByKind);
