import type { Detector } from './detector';
import { adafruitDetectors } from './detectors/adafruit';
import { adobeDetectors } from './detectors/adobe';
import { adyenDetectors } from './detectors/adyen';
import { ageDetectors } from './detectors/age';
import { airtableDetectors } from './detectors/airtable';
import { algoliaDetectors } from './detectors/algolia';
import { alibabaDetectors } from './detectors/alibaba';
import { anthropicDetectors } from './detectors/anthropic';
import { asanaDetectors } from './detectors/asana';
import { atlassianDetectors } from './detectors/atlassian';
import { auth0Detectors } from './detectors/auth0';
import { authressDetectors } from './detectors/authress';
import { awsDetectors } from './detectors/aws';
import { azureDetectors } from './detectors/azure';
import { azureDevopsDetectors } from './detectors/azure-devops';
import { beamerDetectors } from './detectors/beamer';
import { bitbucketDetectors } from './detectors/bitbucket';
import { bittrexDetectors } from './detectors/bittrex';
import { braintreeDetectors } from './detectors/braintree';
import { clickhouseDetectors } from './detectors/clickhouse';
import { clojarsDetectors } from './detectors/clojars';
import { cloudflareDetectors } from './detectors/cloudflare';
import { codecovDetectors } from './detectors/codecov';
import { cohereDetectors } from './detectors/cohere';
import { coinbaseDetectors } from './detectors/coinbase';
import { confluentDetectors } from './detectors/confluent';
import { contentfulDetectors } from './detectors/contentful';

/**
 * The built-in rules of the providers whose names start with a to c, by provider: one part of
 * `detectorsByProvider` (registry.ts), which a single file could no longer hold within the size rules.
 * Same keys and order as there: the detector file's name, alphabetical.
 */
export const providersAToC: Readonly<Record<string, readonly Detector[]>> = {
  adafruit: adafruitDetectors,
  adobe: adobeDetectors,
  adyen: adyenDetectors,
  age: ageDetectors,
  airtable: airtableDetectors,
  algolia: algoliaDetectors,
  alibaba: alibabaDetectors,
  anthropic: anthropicDetectors,
  asana: asanaDetectors,
  atlassian: atlassianDetectors,
  auth0: auth0Detectors,
  authress: authressDetectors,
  aws: awsDetectors,
  azure: azureDetectors,
  'azure-devops': azureDevopsDetectors,
  beamer: beamerDetectors,
  bitbucket: bitbucketDetectors,
  bittrex: bittrexDetectors,
  braintree: braintreeDetectors,
  clickhouse: clickhouseDetectors,
  clojars: clojarsDetectors,
  cloudflare: cloudflareDetectors,
  codecov: codecovDetectors,
  cohere: cohereDetectors,
  coinbase: coinbaseDetectors,
  confluent: confluentDetectors,
  contentful: contentfulDetectors,
};
