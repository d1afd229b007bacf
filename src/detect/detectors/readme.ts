import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Revoke the key in the ReadMe dashboard (Configuration → API Keys), then read a new one from the environment.';

export const readmeDetectors: readonly Detector[] = [
  // ReadMe API keys ("Authentication"): "rdme_" + 70 lowercase letters and digits.
  prefixedToken({
    id: 'readme-api-key',
    description: 'ReadMe (readme.com) API key',
    prefixes: ['rdme_'],
    charset: 'a-z0-9',
    length: 70,
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`rdme_${generate.lowerAlnum(70)}`, `README_API_KEY=rdme_${generate.lowerAlnum(70)}`],
      ignores: (generate) => [`rdme_${generate.lowerAlnum(20)}`, `rdme_${generate.lowerAlnum(90)}`],
    },
  }),
];
