import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const pganalyzeDetectors: readonly Detector[] = [
  // pganalyze API keys (pganalyze.com/docs "API keys"): read-only keys are "pgar_" + 27 base62.
  prefixedToken({
    id: 'pganalyze-api-key',
    description: 'pganalyze API key',
    prefixes: ['pgar_'],
    charset: 'A-Za-z0-9',
    length: 27,
    minEntropy: 3.5,
    fix: 'Revoke the key in pganalyze (Settings → API keys), then read a new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`pgar_${generate.alnum(27)}`, `PGA_API_KEY=pgar_${generate.alnum(27)}`],
      ignores: (generate) => [`pgar_${generate.alnum(12)}`, 'PGA_API_KEY=pgar_...'],
    },
  }),
];
