import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const locationiqDetectors: readonly Detector[] = [
  // LocationIQ access tokens (docs.locationiq.com, the key= query parameter): "pk." + 32 lower-case hex; the length and alphabet as trufflehog's detector matches them.
  prefixedToken({
    id: 'locationiq-access-token',
    description: 'LocationIQ access token',
    prefixes: ['pk.'],
    charset: 'a-f0-9',
    length: 32,
    minEntropy: 3,
    fix: 'Delete the token in LocationIQ (Dashboard → Access Tokens), then read a new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`pk.${generate.hex(32)}`, `https://us1.locationiq.com/v1/search?key=pk.${generate.hex(32)}&q=Berlin`],
      ignores: (generate) => [`pk.${generate.hex(20)}`, `pk.eyJ1${generate.alnum(28)}`],
    },
  }),
];
