import type { Detector } from './detector';
import { censysDetectors } from './detectors/censys';
import { chartmogulDetectors } from './detectors/chartmogul';
import { checkoutDetectors } from './detectors/checkout';
import { circleciDetectors } from './detectors/circleci';
import { clarifaiDetectors } from './detectors/clarifai';
import { clearbitDetectors } from './detectors/clearbit';
import { clickhouseDetectors } from './detectors/clickhouse';
import { clickupDetectors } from './detectors/clickup';
import { clockifyDetectors } from './detectors/clockify';
import { clojarsDetectors } from './detectors/clojars';
import { cloudflareDetectors } from './detectors/cloudflare';
import { cloudinaryDetectors } from './detectors/cloudinary';
import { cloudsmithDetectors } from './detectors/cloudsmith';
import { codaDetectors } from './detectors/coda';
import { codeclimateDetectors } from './detectors/codeclimate';
import { codecovDetectors } from './detectors/codecov';
import { cohereDetectors } from './detectors/cohere';
import { coinapiDetectors } from './detectors/coinapi';
import { coinbaseDetectors } from './detectors/coinbase';
import { confluentDetectors } from './detectors/confluent';
import { contentfulDetectors } from './detectors/contentful';
import { convertkitDetectors } from './detectors/convertkit';
import { courierDetectors } from './detectors/courier';
import { coverallsDetectors } from './detectors/coveralls';
import { crowdinDetectors } from './detectors/crowdin';
import { cryptocompareDetectors } from './detectors/cryptocompare';
import { curlDetectors } from './detectors/curl';
import { currencylayerDetectors } from './detectors/currencylayer';
import { customerioDetectors } from './detectors/customerio';
import { databricksDetectors } from './detectors/databricks';
import { datadogDetectors } from './detectors/datadog';
import { deepaiDetectors } from './detectors/deepai';
import { deepgramDetectors } from './detectors/deepgram';
import { deepseekDetectors } from './detectors/deepseek';
import { definednetworkingDetectors } from './detectors/definednetworking';
import { delightedDetectors } from './detectors/delighted';
import { denoDetectors } from './detectors/deno';
import { detectifyDetectors } from './detectors/detectify';
import { detectlanguageDetectors } from './detectors/detectlanguage';
import { diffbotDetectors } from './detectors/diffbot';
import { digitaloceanDetectors } from './detectors/digitalocean';
import { discordDetectors } from './detectors/discord';
import { disqusDetectors } from './detectors/disqus';
import { dockerDetectors } from './detectors/docker';
import { dopplerDetectors } from './detectors/doppler';
import { droneciDetectors } from './detectors/droneci';
import { dropboxDetectors } from './detectors/dropbox';
import { duffelDetectors } from './detectors/duffel';
import { dwollaDetectors } from './detectors/dwolla';
import { dynatraceDetectors } from './detectors/dynatrace';
import { easypostDetectors } from './detectors/easypost';
import { edamamDetectors } from './detectors/edamam';
import { elasticemailDetectors } from './detectors/elasticemail';
import { elevenlabsDetectors } from './detectors/elevenlabs';
import { endorlabsDetectors } from './detectors/endorlabs';
import { etherscanDetectors } from './detectors/etherscan';
import { etsyDetectors } from './detectors/etsy';
import { eventbriteDetectors } from './detectors/eventbrite';
import { everhourDetectors } from './detectors/everhour';
import { exchangerateDetectors } from './detectors/exchangerate';
import { facebookDetectors } from './detectors/facebook';
import { fastlyDetectors } from './detectors/fastly';
import { fiberyDetectors } from './detectors/fibery';
import { figmaDetectors } from './detectors/figma';
import { financialmodelingprepDetectors } from './detectors/financialmodelingprep';
import { finicityDetectors } from './detectors/finicity';
import { finnhubDetectors } from './detectors/finnhub';
import { firebaseDetectors } from './detectors/firebase';
import { fixerDetectors } from './detectors/fixer';
import { fleetbaseDetectors } from './detectors/fleetbase';
import { flexportDetectors } from './detectors/flexport';
import { flickrDetectors } from './detectors/flickr';
import { flutterwaveDetectors } from './detectors/flutterwave';
import { flyioDetectors } from './detectors/flyio';
import { foursquareDetectors } from './detectors/foursquare';
import { frameioDetectors } from './detectors/frameio';
import { freshbooksDetectors } from './detectors/freshbooks';
import { freshdeskDetectors } from './detectors/freshdesk';
import { fullstoryDetectors } from './detectors/fullstory';

/** The providers whose names start with c to f, alphabetically: see registry.ts. */
export const providersCToF: Readonly<Record<string, readonly Detector[]>> = {
  censys: censysDetectors,
  chartmogul: chartmogulDetectors,
  checkout: checkoutDetectors,
  circleci: circleciDetectors,
  clarifai: clarifaiDetectors,
  clearbit: clearbitDetectors,
  clickhouse: clickhouseDetectors,
  clickup: clickupDetectors,
  clockify: clockifyDetectors,
  clojars: clojarsDetectors,
  cloudflare: cloudflareDetectors,
  cloudinary: cloudinaryDetectors,
  cloudsmith: cloudsmithDetectors,
  coda: codaDetectors,
  codeclimate: codeclimateDetectors,
  codecov: codecovDetectors,
  cohere: cohereDetectors,
  coinapi: coinapiDetectors,
  coinbase: coinbaseDetectors,
  confluent: confluentDetectors,
  contentful: contentfulDetectors,
  convertkit: convertkitDetectors,
  courier: courierDetectors,
  coveralls: coverallsDetectors,
  crowdin: crowdinDetectors,
  cryptocompare: cryptocompareDetectors,
  curl: curlDetectors,
  currencylayer: currencylayerDetectors,
  customerio: customerioDetectors,
  databricks: databricksDetectors,
  datadog: datadogDetectors,
  deepai: deepaiDetectors,
  deepgram: deepgramDetectors,
  deepseek: deepseekDetectors,
  definednetworking: definednetworkingDetectors,
  delighted: delightedDetectors,
  deno: denoDetectors,
  detectify: detectifyDetectors,
  detectlanguage: detectlanguageDetectors,
  diffbot: diffbotDetectors,
  digitalocean: digitaloceanDetectors,
  discord: discordDetectors,
  disqus: disqusDetectors,
  docker: dockerDetectors,
  doppler: dopplerDetectors,
  droneci: droneciDetectors,
  dropbox: dropboxDetectors,
  duffel: duffelDetectors,
  dwolla: dwollaDetectors,
  dynatrace: dynatraceDetectors,
  easypost: easypostDetectors,
  edamam: edamamDetectors,
  elasticemail: elasticemailDetectors,
  elevenlabs: elevenlabsDetectors,
  endorlabs: endorlabsDetectors,
  etherscan: etherscanDetectors,
  etsy: etsyDetectors,
  eventbrite: eventbriteDetectors,
  everhour: everhourDetectors,
  exchangerate: exchangerateDetectors,
  facebook: facebookDetectors,
  fastly: fastlyDetectors,
  fibery: fiberyDetectors,
  figma: figmaDetectors,
  financialmodelingprep: financialmodelingprepDetectors,
  finicity: finicityDetectors,
  finnhub: finnhubDetectors,
  firebase: firebaseDetectors,
  fixer: fixerDetectors,
  fleetbase: fleetbaseDetectors,
  flexport: flexportDetectors,
  flickr: flickrDetectors,
  flutterwave: flutterwaveDetectors,
  flyio: flyioDetectors,
  foursquare: foursquareDetectors,
  frameio: frameioDetectors,
  freshbooks: freshbooksDetectors,
  freshdesk: freshdeskDetectors,
  fullstory: fullstoryDetectors,
};
