import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Delete the token in Typeform (Account → Personal tokens), then create a new one and read it from the environment or your secret manager.';

export const typeformDetectors: readonly Detector[] = [
  // Typeform personal access tokens ("Personal access token"): "tfp_" + about 40 to 60 characters of [A-Za-z0-9_.=-].
  prefixedToken({
    id: 'typeform-personal-access-token',
    description: 'Typeform personal access token',
    prefixes: ['tfp_'],
    charset: 'A-Za-z0-9_.=-',
    length: [40, 64],
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`tfp_${generate.base64url(44)}_${generate.base64url(14)}`, `TYPEFORM_TOKEN=tfp_${generate.alnum(59)}`],
      ignores: (generate) => [`tfp_${generate.alnum(12)}`, `tfp_${generate.alnum(90)}`],
    },
  }),
];
