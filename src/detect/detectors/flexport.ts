import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const flexportDetectors: readonly Detector[] = [
  // Flexport API credentials (developers.flexport.com): "shltm_" + 40 characters of letters, digits, "_" and "-"; the length and alphabet as trufflehog's detector matches them.
  prefixedToken({
    id: 'flexport-api-key',
    description: 'Flexport API key',
    prefixes: ['shltm_'],
    charset: 'A-Za-z0-9_-',
    length: 40,
    minEntropy: 3.5,
    fix: 'Revoke the key in Flexport (Settings → Developer → API credentials), then read a new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`shltm_${generate.base64url(40)}`, `FLEXPORT_API_KEY=shltm_${generate.alnum(40)}`],
      ignores: (generate) => [`shltm_${generate.alnum(20)}`, 'FLEXPORT_API_KEY=shltm_<key>'],
    },
  }),
];
