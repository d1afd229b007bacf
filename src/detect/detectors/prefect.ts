import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Delete the key in Prefect Cloud (Account settings → API keys), then give workers a new one through PREFECT_API_KEY in your secret manager.';

export const prefectDetectors: readonly Detector[] = [
  // Prefect Cloud API keys ("Manage API keys"): "pnu_" (user) + 36 base62 characters.
  prefixedToken({
    id: 'prefect-api-key',
    description: 'Prefect Cloud API key',
    prefixes: ['pnu_'],
    charset: 'A-Za-z0-9',
    length: 36,
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`pnu_${generate.alnum(36)}`, `PREFECT_API_KEY=pnu_${generate.alnum(36)}`],
      ignores: (generate) => [`pnu_${generate.alnum(12)}`, `pnu_${generate.alnum(50)}`],
    },
  }),
];
