import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const rampDetectors: readonly Detector[] = [
  // Ramp developer API client secrets (docs.ramp.com "Authorization"): "ramp_sec_" + 48 base62; the client
  // id ("ramp_id_") names the app and is not a secret on its own.
  prefixedToken({
    id: 'ramp-client-secret',
    description: 'Ramp API client secret',
    prefixes: ['ramp_sec_'],
    charset: 'A-Za-z0-9',
    length: 48,
    minEntropy: 4,
    fix: 'Rotate the client secret in Ramp (Company → Developer → your app), then read the new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`ramp_sec_${generate.alnum(48)}`, `RAMP_CLIENT_SECRET=ramp_sec_${generate.alnum(48)}`],
      ignores: (generate) => [`ramp_id_${generate.alnum(40)}`, `ramp_sec_${generate.alnum(20)}`],
    },
  }),
];
