import type { Detector } from './detector';
import { databricksDetectors } from './detectors/databricks';
import { datadogDetectors } from './detectors/datadog';
import { deepaiDetectors } from './detectors/deepai';
import { deepgramDetectors } from './detectors/deepgram';
import { deepseekDetectors } from './detectors/deepseek';
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
import { dropboxDetectors } from './detectors/dropbox';
import { dwollaDetectors } from './detectors/dwolla';
import { easypostDetectors } from './detectors/easypost';
import { edamamDetectors } from './detectors/edamam';
import { elasticemailDetectors } from './detectors/elasticemail';
import { elevenlabsDetectors } from './detectors/elevenlabs';
import { endorlabsDetectors } from './detectors/endorlabs';
import { etherscanDetectors } from './detectors/etherscan';
import { eventbriteDetectors } from './detectors/eventbrite';
import { everhourDetectors } from './detectors/everhour';
import { exchangerateDetectors } from './detectors/exchangerate';
import { facebookDetectors } from './detectors/facebook';
import { fastlyDetectors } from './detectors/fastly';
import { fiberyDetectors } from './detectors/fibery';
import { figmaDetectors } from './detectors/figma';
import { financialmodelingprepDetectors } from './detectors/financialmodelingprep';
import { firebaseDetectors } from './detectors/firebase';
import { fixerDetectors } from './detectors/fixer';
import { fleetbaseDetectors } from './detectors/fleetbase';
import { flexportDetectors } from './detectors/flexport';
import { flyioDetectors } from './detectors/flyio';
import { foursquareDetectors } from './detectors/foursquare';
import { freshdeskDetectors } from './detectors/freshdesk';
import { fullstoryDetectors } from './detectors/fullstory';
import { genericDetectors } from './detectors/generic';
import { geoapifyDetectors } from './detectors/geoapify';
import { geocodioDetectors } from './detectors/geocodio';
import { getresponseDetectors } from './detectors/getresponse';
import { githubDetectors } from './detectors/github';
import { gitlabDetectors } from './detectors/gitlab';
import { godaddyDetectors } from './detectors/godaddy';
import { googleDetectors } from './detectors/google';
import { grafanaDetectors } from './detectors/grafana';
import { graphhopperDetectors } from './detectors/graphhopper';
import { groqDetectors } from './detectors/groq';
import { gtmetrixDetectors } from './detectors/gtmetrix';
import { gumroadDetectors } from './detectors/gumroad';
import { hellosignDetectors } from './detectors/hellosign';
import { helpscoutDetectors } from './detectors/helpscout';
import { hereapiDetectors } from './detectors/hereapi';
import { herokuDetectors } from './detectors/heroku';
import { holidayapiDetectors } from './detectors/holidayapi';
import { honeycombDetectors } from './detectors/honeycomb';
import { httpDetectors } from './detectors/http';
import { huggingfaceDetectors } from './detectors/huggingface';
import { hunterDetectors } from './detectors/hunter';
import { ibmDetectors } from './detectors/ibm';
import { infuraDetectors } from './detectors/infura';
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
import { kubernetesDetectors } from './detectors/kubernetes';
import { langfuseDetectors } from './detectors/langfuse';
import { langsmithDetectors } from './detectors/langsmith';
import { lemlistDetectors } from './detectors/lemlist';
import { lineDetectors } from './detectors/line';
import { linearDetectors } from './detectors/linear';
import { linkedinDetectors } from './detectors/linkedin';
import { linodeDetectors } from './detectors/linode';
import { locationiqDetectors } from './detectors/locationiq';
import { logglyDetectors } from './detectors/loggly';
import { loginradiusDetectors } from './detectors/loginradius';
import { logzioDetectors } from './detectors/logzio';
import { lokaliseDetectors } from './detectors/lokalise';
import { lunchmoneyDetectors } from './detectors/lunchmoney';
import { lunoDetectors } from './detectors/luno';

/**
 * The built-in rules of the providers whose names start with d to l, by provider: one part of
 * `detectorsByProvider` (registry.ts), which a single file could no longer hold within the size rules.
 * Same keys and order as there: the detector file's name, alphabetical.
 */
export const providersDToL: Readonly<Record<string, readonly Detector[]>> = {
  databricks: databricksDetectors,
  datadog: datadogDetectors,
  deepai: deepaiDetectors,
  deepgram: deepgramDetectors,
  deepseek: deepseekDetectors,
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
  dropbox: dropboxDetectors,
  dwolla: dwollaDetectors,
  easypost: easypostDetectors,
  edamam: edamamDetectors,
  elasticemail: elasticemailDetectors,
  elevenlabs: elevenlabsDetectors,
  endorlabs: endorlabsDetectors,
  etherscan: etherscanDetectors,
  eventbrite: eventbriteDetectors,
  everhour: everhourDetectors,
  exchangerate: exchangerateDetectors,
  facebook: facebookDetectors,
  fastly: fastlyDetectors,
  fibery: fiberyDetectors,
  figma: figmaDetectors,
  financialmodelingprep: financialmodelingprepDetectors,
  firebase: firebaseDetectors,
  fixer: fixerDetectors,
  fleetbase: fleetbaseDetectors,
  flexport: flexportDetectors,
  flyio: flyioDetectors,
  foursquare: foursquareDetectors,
  freshdesk: freshdeskDetectors,
  fullstory: fullstoryDetectors,
  generic: genericDetectors,
  geoapify: geoapifyDetectors,
  geocodio: geocodioDetectors,
  getresponse: getresponseDetectors,
  github: githubDetectors,
  gitlab: gitlabDetectors,
  godaddy: godaddyDetectors,
  google: googleDetectors,
  grafana: grafanaDetectors,
  graphhopper: graphhopperDetectors,
  groq: groqDetectors,
  gtmetrix: gtmetrixDetectors,
  gumroad: gumroadDetectors,
  hellosign: hellosignDetectors,
  helpscout: helpscoutDetectors,
  hereapi: hereapiDetectors,
  heroku: herokuDetectors,
  holidayapi: holidayapiDetectors,
  honeycomb: honeycombDetectors,
  http: httpDetectors,
  huggingface: huggingfaceDetectors,
  hunter: hunterDetectors,
  ibm: ibmDetectors,
  infura: infuraDetectors,
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
  kubernetes: kubernetesDetectors,
  langfuse: langfuseDetectors,
  langsmith: langsmithDetectors,
  lemlist: lemlistDetectors,
  line: lineDetectors,
  linear: linearDetectors,
  linkedin: linkedinDetectors,
  linode: linodeDetectors,
  locationiq: locationiqDetectors,
  loggly: logglyDetectors,
  loginradius: loginradiusDetectors,
  logzio: logzioDetectors,
  lokalise: lokaliseDetectors,
  lunchmoney: lunchmoneyDetectors,
  luno: lunoDetectors,
};
