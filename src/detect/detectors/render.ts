import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const renderDetectors: readonly Detector[] = [
  // Render API keys ("Render API → Authentication"): "rnd_" + 32 or more alphanumerics.
  prefixedToken({
    id: 'render-api-key',
    description: 'Render API key',
    prefixes: ['rnd_'],
    charset: 'A-Za-z0-9',
    length: [28, 64],
    minEntropy: 4,
    fix: 'Revoke the key in the Render dashboard (Account settings → API keys), then read a new one from the RENDER_API_KEY environment variable or a CI secret.',
    examples: {
      detects: (generate) => [`rnd_${generate.alnum(32)}`, `RENDER_API_KEY=rnd_${generate.alnum(32)}`],
      ignores: (generate) => [`rnd_${generate.alnum(12)}`, 'const rnd_value = Math.random();'],
    },
  }),
];
