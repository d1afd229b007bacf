import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const ubidotsDetectors: readonly Detector[] = [
  // Ubidots tokens (docs.ubidots.com "Authentication"): "BBFF-" (also "BBUS-" for newer accounts) + 30 base62.
  prefixedToken({
    id: 'ubidots-token',
    description: 'Ubidots API token',
    prefixes: ['BBFF-', 'BBUS-'],
    charset: 'A-Za-z0-9',
    length: 30,
    minEntropy: 3.5,
    fix: 'Delete the token in Ubidots (your profile → API Credentials), then read a new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`BBFF-${generate.alnum(30)}`, `UBIDOTS_TOKEN="BBUS-${generate.alnum(30)}"`],
      ignores: (generate) => [`BBFF-${generate.alnum(12)}`, 'X-Auth-Token: BBFF-...'],
    },
  }),
];
