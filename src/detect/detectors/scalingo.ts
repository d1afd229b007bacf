import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Delete the token in the Scalingo dashboard (Profile → API tokens), then create a new one and keep it in your CI secrets.';

export const scalingoDetectors: readonly Detector[] = [
  // Scalingo API tokens ("Account → API tokens"): "tk-us-" + 48 characters of [A-Za-z0-9_-].
  prefixedToken({
    id: 'scalingo-api-token',
    description: 'Scalingo API token',
    prefixes: ['tk-us-'],
    charset: 'A-Za-z0-9_-',
    length: 48,
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`tk-us-${generate.base64url(48)}`, `SCALINGO_API_TOKEN=tk-us-${generate.base64url(48)}`],
      ignores: (generate) => [`tk-us-${generate.base64url(20)}`, `tk-us-${generate.base64url(60)}`],
    },
  }),
];
