import type { Detector } from './detector';
import { databricksDetectors } from './detectors/databricks';
import { datadogDetectors } from './detectors/datadog';
import { deepseekDetectors } from './detectors/deepseek';
import { definednetworkingDetectors } from './detectors/definednetworking';
import { digitaloceanDetectors } from './detectors/digitalocean';
import { discordDetectors } from './detectors/discord';
import { dockerDetectors } from './detectors/docker';
import { dopplerDetectors } from './detectors/doppler';
import { droneciDetectors } from './detectors/droneci';
import { dropboxDetectors } from './detectors/dropbox';
import { duffelDetectors } from './detectors/duffel';
import { dynatraceDetectors } from './detectors/dynatrace';
import { easypostDetectors } from './detectors/easypost';
import { etsyDetectors } from './detectors/etsy';
import { facebookDetectors } from './detectors/facebook';
import { fastlyDetectors } from './detectors/fastly';
import { figmaDetectors } from './detectors/figma';
import { finicityDetectors } from './detectors/finicity';
import { finnhubDetectors } from './detectors/finnhub';
import { firebaseDetectors } from './detectors/firebase';
import { flickrDetectors } from './detectors/flickr';
import { flutterwaveDetectors } from './detectors/flutterwave';
import { flyioDetectors } from './detectors/flyio';
import { frameioDetectors } from './detectors/frameio';
import { freshbooksDetectors } from './detectors/freshbooks';
import { genericDetectors } from './detectors/generic';
import { githubDetectors } from './detectors/github';
import { gitlabDetectors } from './detectors/gitlab';
import { gitterDetectors } from './detectors/gitter';
import { gocardlessDetectors } from './detectors/gocardless';
import { googleDetectors } from './detectors/google';
import { grafanaDetectors } from './detectors/grafana';
import { groqDetectors } from './detectors/groq';
import { harnessDetectors } from './detectors/harness';
import { herokuDetectors } from './detectors/heroku';
import { honeycombDetectors } from './detectors/honeycomb';
import { httpDetectors } from './detectors/http';
import { hubspotDetectors } from './detectors/hubspot';
import { huggingfaceDetectors } from './detectors/huggingface';
import { infracostDetectors } from './detectors/infracost';
import { intercomDetectors } from './detectors/intercom';
import { intra42Detectors } from './detectors/intra42';
import { jfrogDetectors } from './detectors/jfrog';
import { jwtDetectors } from './detectors/jwt';
import { krakenDetectors } from './detectors/kraken';
import { kubernetesDetectors } from './detectors/kubernetes';
import { kucoinDetectors } from './detectors/kucoin';
import { launchdarklyDetectors } from './detectors/launchdarkly';
import { linearDetectors } from './detectors/linear';
import { linkedinDetectors } from './detectors/linkedin';
import { linodeDetectors } from './detectors/linode';
import { lobDetectors } from './detectors/lob';
import { lookerDetectors } from './detectors/looker';

/**
 * The built-in rules of the providers whose names start with d to l, by provider: one part of
 * `detectorsByProvider` (registry.ts), which a single file could no longer hold within the size rules.
 * Same keys and order as there: the detector file's name, alphabetical.
 */
export const providersDToL: Readonly<Record<string, readonly Detector[]>> = {
  databricks: databricksDetectors,
  datadog: datadogDetectors,
  deepseek: deepseekDetectors,
  definednetworking: definednetworkingDetectors,
  digitalocean: digitaloceanDetectors,
  discord: discordDetectors,
  docker: dockerDetectors,
  doppler: dopplerDetectors,
  droneci: droneciDetectors,
  dropbox: dropboxDetectors,
  duffel: duffelDetectors,
  dynatrace: dynatraceDetectors,
  easypost: easypostDetectors,
  etsy: etsyDetectors,
  facebook: facebookDetectors,
  fastly: fastlyDetectors,
  figma: figmaDetectors,
  finicity: finicityDetectors,
  finnhub: finnhubDetectors,
  firebase: firebaseDetectors,
  flickr: flickrDetectors,
  flutterwave: flutterwaveDetectors,
  flyio: flyioDetectors,
  frameio: frameioDetectors,
  freshbooks: freshbooksDetectors,
  generic: genericDetectors,
  github: githubDetectors,
  gitlab: gitlabDetectors,
  gitter: gitterDetectors,
  gocardless: gocardlessDetectors,
  google: googleDetectors,
  grafana: grafanaDetectors,
  groq: groqDetectors,
  harness: harnessDetectors,
  heroku: herokuDetectors,
  honeycomb: honeycombDetectors,
  http: httpDetectors,
  hubspot: hubspotDetectors,
  huggingface: huggingfaceDetectors,
  infracost: infracostDetectors,
  intercom: intercomDetectors,
  intra42: intra42Detectors,
  jfrog: jfrogDetectors,
  jwt: jwtDetectors,
  kraken: krakenDetectors,
  kubernetes: kubernetesDetectors,
  kucoin: kucoinDetectors,
  launchdarkly: launchdarklyDetectors,
  linear: linearDetectors,
  linkedin: linkedinDetectors,
  linode: linodeDetectors,
  lob: lobDetectors,
  looker: lookerDetectors,
};
