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
import { mToRDetectorsByProvider } from './registry-m-r';
import { sToZDetectorsByProvider } from './registry-s-z';

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
 * Kept in alphabetical order so that adding a provider is a one-line, conflict-free change; the providers
 * from m on are listed in registry-m-r.ts and registry-s-z.ts, which keeps each table within a file's size.
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
  ...mToRDetectorsByProvider,
  ...sToZDetectorsByProvider,
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
