import type { Detector } from './detector';
import { abuseipdbDetectors } from './detectors/abuseipdb';
import { adafruitDetectors } from './detectors/adafruit';
import { adobeDetectors } from './detectors/adobe';
import { adyenDetectors } from './detectors/adyen';
import { adzunaDetectors } from './detectors/adzuna';
import { ageDetectors } from './detectors/age';
import { agoraDetectors } from './detectors/agora';
import { airbrakeDetectors } from './detectors/airbrake';
import { airtableDetectors } from './detectors/airtable';
import { airvisualDetectors } from './detectors/airvisual';
import { alchemyDetectors } from './detectors/alchemy';
import { algoliaDetectors } from './detectors/algolia';
import { alibabaDetectors } from './detectors/alibaba';
import { alienvaultDetectors } from './detectors/alienvault';
import { amadeusDetectors } from './detectors/amadeus';
import { anthropicDetectors } from './detectors/anthropic';
import { apifyDetectors } from './detectors/apify';
import { apilayerDetectors } from './detectors/apilayer';
import { asanaDetectors } from './detectors/asana';
import { assemblyaiDetectors } from './detectors/assemblyai';
import { atlassianDetectors } from './detectors/atlassian';
import { auth0Detectors } from './detectors/auth0';
import { authressDetectors } from './detectors/authress';
import { autodeskDetectors } from './detectors/autodesk';
import { avazaDetectors } from './detectors/avaza';
import { aviationstackDetectors } from './detectors/aviationstack';
import { awsDetectors } from './detectors/aws';
import { ayrshareDetectors } from './detectors/ayrshare';
import { azureDetectors } from './detectors/azure';
import { azureDevopsDetectors } from './detectors/azure-devops';
import { bannerbearDetectors } from './detectors/bannerbear';
import { beamerDetectors } from './detectors/beamer';
import { betterstackDetectors } from './detectors/betterstack';
import { bitbucketDetectors } from './detectors/bitbucket';
import { bitfinexDetectors } from './detectors/bitfinex';
import { bitlyDetectors } from './detectors/bitly';
import { bittrexDetectors } from './detectors/bittrex';
import { blazemeterDetectors } from './detectors/blazemeter';
import { braintreeDetectors } from './detectors/braintree';
import { browserstackDetectors } from './detectors/browserstack';
import { bscscanDetectors } from './detectors/bscscan';
import { budibaseDetectors } from './detectors/budibase';
import { bugsnagDetectors } from './detectors/bugsnag';
import { buildkiteDetectors } from './detectors/buildkite';

/** The providers whose names start with a to b (and digits), alphabetically: see registry.ts. */
export const providersAToB: Readonly<Record<string, readonly Detector[]>> = {
  abuseipdb: abuseipdbDetectors,
  adafruit: adafruitDetectors,
  adobe: adobeDetectors,
  adyen: adyenDetectors,
  adzuna: adzunaDetectors,
  age: ageDetectors,
  agora: agoraDetectors,
  airbrake: airbrakeDetectors,
  airtable: airtableDetectors,
  airvisual: airvisualDetectors,
  alchemy: alchemyDetectors,
  algolia: algoliaDetectors,
  alibaba: alibabaDetectors,
  alienvault: alienvaultDetectors,
  amadeus: amadeusDetectors,
  anthropic: anthropicDetectors,
  apify: apifyDetectors,
  apilayer: apilayerDetectors,
  asana: asanaDetectors,
  assemblyai: assemblyaiDetectors,
  atlassian: atlassianDetectors,
  auth0: auth0Detectors,
  authress: authressDetectors,
  autodesk: autodeskDetectors,
  avaza: avazaDetectors,
  aviationstack: aviationstackDetectors,
  aws: awsDetectors,
  ayrshare: ayrshareDetectors,
  azure: azureDetectors,
  'azure-devops': azureDevopsDetectors,
  bannerbear: bannerbearDetectors,
  beamer: beamerDetectors,
  betterstack: betterstackDetectors,
  bitbucket: bitbucketDetectors,
  bitfinex: bitfinexDetectors,
  bitly: bitlyDetectors,
  bittrex: bittrexDetectors,
  blazemeter: blazemeterDetectors,
  braintree: braintreeDetectors,
  browserstack: browserstackDetectors,
  bscscan: bscscanDetectors,
  budibase: budibaseDetectors,
  bugsnag: bugsnagDetectors,
  buildkite: buildkiteDetectors,
};
