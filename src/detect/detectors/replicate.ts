import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const replicateDetectors: readonly Detector[] = [
  // Replicate API tokens (replicate.com/account/api-tokens): "r8_" + 37 alphanumerics (40 characters).
  prefixedToken({
    id: 'replicate-api-token',
    description: 'Replicate API token',
    prefixes: ['r8_'],
    charset: 'A-Za-z0-9',
    length: 37,
    minEntropy: 4,
    fix: 'Delete the token at https://replicate.com/account/api-tokens, then read a new one from the REPLICATE_API_TOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`r8_${generate.alnum(37)}`, `REPLICATE_API_TOKEN=r8_${generate.alnum(37)}`],
      ignores: (generate) => [`r8_${generate.alnum(20)}`, `r8_${generate.alnum(50)}`],
    },
  }),
];
