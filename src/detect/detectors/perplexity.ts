import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const perplexityDetectors: readonly Detector[] = [
  // Perplexity API keys ("API settings"): "pplx-" + 48 alphanumerics.
  prefixedToken({
    id: 'perplexity-api-key',
    description: 'Perplexity API key',
    prefixes: ['pplx-'],
    charset: 'A-Za-z0-9',
    length: 48,
    minEntropy: 4,
    fix: 'Revoke the key at https://www.perplexity.ai/settings/api, then read a new one from the PERPLEXITY_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`pplx-${generate.alnum(48)}`, `PERPLEXITY_API_KEY=pplx-${generate.alnum(48)}`],
      ignores: (generate) => [`pplx-${generate.alnum(20)}`, `pplx-${generate.alnum(60)}`],
    },
  }),
];
