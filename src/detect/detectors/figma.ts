import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const figmaDetectors: readonly Detector[] = [
  // Figma personal access tokens (REST API, "Authentication"): "figd_" + about 40 base64url characters.
  prefixedToken({
    id: 'figma-personal-access-token',
    description: 'Figma personal access token',
    prefixes: ['figd_'],
    charset: 'A-Za-z0-9_-',
    length: [30, 60],
    minEntropy: 4,
    fix: 'Revoke the token in Figma (Settings → Security → Personal access tokens), then read a new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`figd_${generate.base64url(40)}`, `FIGMA_TOKEN=figd_${generate.base64url(40)}`],
      ignores: (generate) => [`figd_${generate.base64url(12)}`, 'FIGMA_TOKEN=figd_<token>'],
    },
  }),
];
