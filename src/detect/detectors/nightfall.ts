import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const nightfallDetectors: readonly Detector[] = [
  // Nightfall API keys (docs.nightfall.ai "Authentication"): "NF-" + 32 base62.
  prefixedToken({
    id: 'nightfall-api-key',
    description: 'Nightfall AI API key',
    prefixes: ['NF-'],
    charset: 'A-Za-z0-9',
    length: 32,
    minEntropy: 4,
    fix: 'Delete the key in the Nightfall dashboard (Manage API Keys), then read a new one from the NIGHTFALL_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`NF-${generate.alnum(32)}`, `NIGHTFALL_API_KEY=NF-${generate.alnum(32)}`],
      ignores: (generate) => [`NF-${generate.alnum(12)}`, `CONF-${generate.alnum(32)}`],
    },
  }),
];
