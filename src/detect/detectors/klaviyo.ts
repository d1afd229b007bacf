import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const klaviyoDetectors: readonly Detector[] = [
  // Klaviyo private API keys (developers.klaviyo.com "Obtain API credentials"; "Authorization: Klaviyo-API-Key …"): "pk_" + 34 lower-case hex. The 6-character public key is no secret; the length and alphabet as trufflehog's detector matches them.
  prefixedToken({
    id: 'klaviyo-private-api-key',
    description: 'Klaviyo private API key',
    prefixes: ['pk_'],
    charset: 'a-f0-9',
    length: 34,
    minEntropy: 3,
    fix: 'Delete the key in Klaviyo (Settings → API Keys → Private API Keys), then read a new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`pk_${generate.hex(34)}`, `Authorization: Klaviyo-API-Key pk_${generate.hex(34)}`],
      ignores: (generate) => [`pk_${generate.hex(24)}`, `pk_live_${generate.hex(34)}`],
    },
  }),
];
