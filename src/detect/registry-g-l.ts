import type { Detector } from './detector';
import { genericDetectors } from './detectors/generic';
import { genericCallDetectors } from './detectors/generic-call';
import { genericCliDetectors } from './detectors/generic-cli';
import { genericGoDetectors } from './detectors/generic-go';
import { genericOperatorDetectors } from './detectors/generic-operator';
import { genericQuotedDetectors } from './detectors/generic-quoted';
import { genericXmlDetectors } from './detectors/generic-xml';
import { geoapifyDetectors } from './detectors/geoapify';
import { geocodioDetectors } from './detectors/geocodio';
import { getresponseDetectors } from './detectors/getresponse';
import { githubDetectors } from './detectors/github';
import { gitlabDetectors } from './detectors/gitlab';
import { gitterDetectors } from './detectors/gitter';
import { gocardlessDetectors } from './detectors/gocardless';
import { godaddyDetectors } from './detectors/godaddy';
import { googleDetectors } from './detectors/google';
import { grafanaDetectors } from './detectors/grafana';
import { graphhopperDetectors } from './detectors/graphhopper';
import { groqDetectors } from './detectors/groq';
import { gtmetrixDetectors } from './detectors/gtmetrix';
import { gumroadDetectors } from './detectors/gumroad';
import { harnessDetectors } from './detectors/harness';
import { hellosignDetectors } from './detectors/hellosign';
import { helpscoutDetectors } from './detectors/helpscout';
import { hereapiDetectors } from './detectors/hereapi';
import { herokuDetectors } from './detectors/heroku';
import { holidayapiDetectors } from './detectors/holidayapi';
import { honeycombDetectors } from './detectors/honeycomb';
import { httpDetectors } from './detectors/http';
import { hubspotDetectors } from './detectors/hubspot';
import { huggingfaceDetectors } from './detectors/huggingface';
import { hunterDetectors } from './detectors/hunter';
import { ibmDetectors } from './detectors/ibm';
import { infracostDetectors } from './detectors/infracost';
import { infuraDetectors } from './detectors/infura';
import { intercomDetectors } from './detectors/intercom';
import { intra42Detectors } from './detectors/intra42';
import { ip2locationDetectors } from './detectors/ip2location';
import { ipapiDetectors } from './detectors/ipapi';
import { ipgeolocationDetectors } from './detectors/ipgeolocation';
import { ipinfoDetectors } from './detectors/ipinfo';
import { ipqualityDetectors } from './detectors/ipquality';
import { ipstackDetectors } from './detectors/ipstack';
import { jfrogDetectors } from './detectors/jfrog';
import { jotformDetectors } from './detectors/jotform';
import { jumpcloudDetectors } from './detectors/jumpcloud';
import { jwtDetectors } from './detectors/jwt';
import { keenDetectors } from './detectors/keen';
import { klaviyoDetectors } from './detectors/klaviyo';
import { klipfolioDetectors } from './detectors/klipfolio';
import { krakenDetectors } from './detectors/kraken';
import { kubernetesDetectors } from './detectors/kubernetes';
import { kucoinDetectors } from './detectors/kucoin';
import { langfuseDetectors } from './detectors/langfuse';
import { langsmithDetectors } from './detectors/langsmith';
import { launchdarklyDetectors } from './detectors/launchdarkly';
import { lemlistDetectors } from './detectors/lemlist';
import { lineDetectors } from './detectors/line';
import { linearDetectors } from './detectors/linear';
import { linkedinDetectors } from './detectors/linkedin';
import { linodeDetectors } from './detectors/linode';
import { lobDetectors } from './detectors/lob';
import { locationiqDetectors } from './detectors/locationiq';
import { logglyDetectors } from './detectors/loggly';
import { loginradiusDetectors } from './detectors/loginradius';
import { logzioDetectors } from './detectors/logzio';
import { lokaliseDetectors } from './detectors/lokalise';
import { lookerDetectors } from './detectors/looker';
import { lunchmoneyDetectors } from './detectors/lunchmoney';
import { lunoDetectors } from './detectors/luno';

/** The providers whose names start with g to l, alphabetically: see registry.ts. */
export const providersGToL: Readonly<Record<string, readonly Detector[]>> = {
  generic: genericDetectors,
  'generic-call': genericCallDetectors,
  'generic-cli': genericCliDetectors,
  'generic-go': genericGoDetectors,
  'generic-operator': genericOperatorDetectors,
  'generic-quoted': genericQuotedDetectors,
  'generic-xml': genericXmlDetectors,
  geoapify: geoapifyDetectors,
  geocodio: geocodioDetectors,
  getresponse: getresponseDetectors,
  github: githubDetectors,
  gitlab: gitlabDetectors,
  gitter: gitterDetectors,
  gocardless: gocardlessDetectors,
  godaddy: godaddyDetectors,
  google: googleDetectors,
  grafana: grafanaDetectors,
  graphhopper: graphhopperDetectors,
  groq: groqDetectors,
  gtmetrix: gtmetrixDetectors,
  gumroad: gumroadDetectors,
  harness: harnessDetectors,
  hellosign: hellosignDetectors,
  helpscout: helpscoutDetectors,
  hereapi: hereapiDetectors,
  heroku: herokuDetectors,
  holidayapi: holidayapiDetectors,
  honeycomb: honeycombDetectors,
  http: httpDetectors,
  hubspot: hubspotDetectors,
  huggingface: huggingfaceDetectors,
  hunter: hunterDetectors,
  ibm: ibmDetectors,
  infracost: infracostDetectors,
  infura: infuraDetectors,
  intercom: intercomDetectors,
  intra42: intra42Detectors,
  ip2location: ip2locationDetectors,
  ipapi: ipapiDetectors,
  ipgeolocation: ipgeolocationDetectors,
  ipinfo: ipinfoDetectors,
  ipquality: ipqualityDetectors,
  ipstack: ipstackDetectors,
  jfrog: jfrogDetectors,
  jotform: jotformDetectors,
  jumpcloud: jumpcloudDetectors,
  jwt: jwtDetectors,
  keen: keenDetectors,
  klaviyo: klaviyoDetectors,
  klipfolio: klipfolioDetectors,
  kraken: krakenDetectors,
  kubernetes: kubernetesDetectors,
  kucoin: kucoinDetectors,
  langfuse: langfuseDetectors,
  langsmith: langsmithDetectors,
  launchdarkly: launchdarklyDetectors,
  lemlist: lemlistDetectors,
  line: lineDetectors,
  linear: linearDetectors,
  linkedin: linkedinDetectors,
  linode: linodeDetectors,
  lob: lobDetectors,
  locationiq: locationiqDetectors,
  loggly: logglyDetectors,
  loginradius: loginradiusDetectors,
  logzio: logzioDetectors,
  lokalise: lokaliseDetectors,
  looker: lookerDetectors,
  lunchmoney: lunchmoneyDetectors,
  luno: lunoDetectors,
};
