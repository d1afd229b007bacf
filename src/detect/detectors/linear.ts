import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const linearDetectors: readonly Detector[] = [
  // Linear personal API keys (developers.linear.app "Authentication"): "lin_api_" + 40 alphanumerics.
  prefixedToken({
    id: 'linear-api-key',
    description: 'Linear personal API key',
    prefixes: ['lin_api_'],
    charset: 'A-Za-z0-9',
    length: 40,
    minEntropy: 4,
    fix: 'Revoke the key in Linear (Settings → Security & access → Personal API keys), then read a new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`lin_api_${generate.alnum(40)}`, `LINEAR_API_KEY=lin_api_${generate.alnum(40)}`],
      ignores: (generate) => [`lin_api_${generate.alnum(20)}`, 'LINEAR_API_KEY=lin_api_<key>'],
    },
  }),
];
