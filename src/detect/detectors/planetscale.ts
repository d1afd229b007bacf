import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Delete the token or password in PlanetScale (organization → Settings → Service tokens, or the branch → Passwords), then read a new one from the environment or your secret manager.';

/** PlanetScale credentials: a type prefix, then 32 to 64 base64url characters (pscale CLI and dashboard). */
function planetscaleToken(id: string, prefix: string, description: string): Detector {
  // PlanetScale credential prefixes: "pscale_tkn_" service tokens, "pscale_pw_" database passwords, "pscale_oauth_" OAuth tokens.
  return prefixedToken({
    id,
    description,
    prefixes: [prefix],
    charset: 'A-Za-z0-9_.=-',
    length: [32, 64],
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`${prefix}${generate.base64url(43)}`, `DATABASE_PASSWORD=${prefix}${generate.base64url(43)}`],
      ignores: (generate) => [`${prefix}${generate.base64url(12)}`, `${prefix}<token>`],
    },
  });
}

export const planetscaleDetectors: readonly Detector[] = [
  planetscaleToken('planetscale-oauth-token', 'pscale_oauth_', 'PlanetScale OAuth access token'),
  planetscaleToken('planetscale-password', 'pscale_pw_', 'PlanetScale database password'),
  planetscaleToken('planetscale-service-token', 'pscale_tkn_', 'PlanetScale service token'),
];
