import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Revoke the token (fly tokens revoke, or the dashboard’s Tokens page), then create a narrowly scoped deploy token and keep it in a CI secret (FLY_API_TOKEN).';

export const flyioDetectors: readonly Detector[] = [
  // Fly.io access tokens (fly.io/docs "Access tokens"): "fo1_" + 43 base64url characters.
  prefixedToken({
    id: 'flyio-access-token',
    description: 'Fly.io access token',
    prefixes: ['fo1_'],
    charset: 'A-Za-z0-9_-',
    length: 43,
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`fo1_${generate.base64url(43)}`, `FLY_ACCESS_TOKEN=fo1_${generate.base64url(43)}`],
      ignores: (generate) => [`fo1_${generate.base64url(20)}`, `authenticity_token=7SWa-Fo1_${generate.base64url(43)}`],
    },
  }),
  // Fly.io macaroon tokens ("FlyV1 fm2_…"): "fm1a_", "fm1r_" or "fm2_" + base64, hundreds of characters, several joined by commas.
  prefixedToken({
    id: 'flyio-macaroon-token',
    description: 'Fly.io macaroon (deploy, org or machine) token',
    prefixes: ['fm1a_', 'fm1r_', 'fm2_'],
    charset: 'A-Za-z0-9+/',
    length: [100, 4000],
    notAfter: 'A-Za-z0-9_+/',
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`FLY_API_TOKEN="FlyV1 fm2_lJPE${generate.base64(300)}==,fm2_lJPE${generate.base64(200)}"`, `fm1r_${generate.base64(400)}`],
      ignores: (generate) => [`fm2_${generate.base64(40)}`, 'FLY_API_TOKEN="FlyV1 fm2_…"'],
    },
  }),
];
