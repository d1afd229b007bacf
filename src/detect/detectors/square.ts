import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Revoke the token in the Square Developer Console (the application → Credentials, or OAuth → revoke), then read a new one from the environment or your secret manager.';

export const squareDetectors: readonly Detector[] = [
  // Square production access tokens ("Access tokens"): "EAAA" + 60 base64url characters (sandbox tokens also start "EAAA" but reach no money).
  prefixedToken({
    id: 'square-access-token',
    description: 'Square access token',
    prefixes: ['EAAA'],
    charset: 'A-Za-z0-9_-',
    length: 60,
    notAfter: 'A-Za-z0-9_-',
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`EAAA${generate.base64url(60)}`, `SQUARE_ACCESS_TOKEN=EAAA${generate.base64url(60)}`],
      ignores: (generate) => [`EAAA${generate.base64url(20)}`, `EAAA${generate.base64url(90)}`],
    },
  }),
  // Square legacy personal access tokens: "sq0atp-" + 22 base64url characters.
  prefixedToken({
    id: 'square-legacy-access-token',
    description: 'Square legacy personal access token',
    prefixes: ['sq0atp-'],
    charset: 'A-Za-z0-9_-',
    length: 22,
    notAfter: 'A-Za-z0-9_-',
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`sq0atp-${generate.base64url(22)}`, `SQUARE_TOKEN=sq0atp-${generate.base64url(22)}`],
      ignores: (generate) => [`sq0atp-${generate.base64url(10)}`, `sq0atp-${generate.base64url(30)}`],
    },
  }),
  // Square OAuth application secrets: "sq0csp-" + 43 base64url characters.
  prefixedToken({
    id: 'square-oauth-secret',
    description: 'Square OAuth application secret',
    prefixes: ['sq0csp-'],
    charset: 'A-Za-z0-9_-',
    length: 43,
    notAfter: 'A-Za-z0-9_-',
    minEntropy: 4,
    fix: 'Replace the application secret in the Square Developer Console (the application → OAuth → Replace secret), then read it from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`sq0csp-${generate.base64url(43)}`, `SQUARE_APP_SECRET=sq0csp-${generate.base64url(43)}`],
      ignores: (generate) => [`sq0csp-${generate.base64url(20)}`, `sq0csp-${generate.base64url(60)}`],
    },
  }),
];
