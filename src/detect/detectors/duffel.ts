import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Revoke the token in the Duffel dashboard (Developers → Access tokens), then create a new one and read it from the environment.';

export const duffelDetectors: readonly Detector[] = [
  // Duffel access tokens ("Authentication"): "duffel_test_" or "duffel_live_" + 43 characters of [A-Za-z0-9_=-].
  prefixedToken({
    id: 'duffel-api-token',
    description: 'Duffel API access token',
    prefixes: ['duffel_test_', 'duffel_live_'],
    charset: 'A-Za-z0-9_=-',
    length: 43,
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`duffel_live_${generate.base64url(43)}`, `DUFFEL_ACCESS_TOKEN=duffel_test_${generate.base64url(43)}`],
      ignores: (generate) => [`duffel_live_${generate.base64url(20)}`, `duffel_live_${generate.base64url(60)}`],
    },
  }),
];
