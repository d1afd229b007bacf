import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Delete the token at https://vercel.com/account/tokens (or the integration or app that issued it), then use OIDC from CI or read a new token from a CI secret (VERCEL_TOKEN).';

function vercelToken(id: string, prefix: string, description: string): Detector {
  // Vercel changelog "New token formats and secret scanning": vcp_ personal, vci_ integration, vca_ app access, vcr_ app refresh, vck_ API key; then about 56 characters.
  return prefixedToken({
    id,
    description,
    prefixes: [prefix],
    charset: 'A-Za-z0-9_-',
    length: [50, 70],
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`${prefix}${generate.base64url(50)}${generate.alnum(6)}`, `VERCEL_TOKEN=${prefix}${generate.base64url(50)}${generate.alnum(6)}`],
      ignores: (generate) => [`${prefix}${generate.base64url(20)}`, `${prefix}${generate.base64url(90)}`],
    },
  });
}

export const vercelDetectors: readonly Detector[] = [
  vercelToken('vercel-api-key', 'vck_', 'Vercel API key'),
  vercelToken('vercel-app-access-token', 'vca_', 'Vercel app access token'),
  vercelToken('vercel-app-refresh-token', 'vcr_', 'Vercel app refresh token'),
  vercelToken('vercel-integration-token', 'vci_', 'Vercel integration token'),
  assignedToken({
    id: 'vercel-legacy-token',
    description: 'Vercel access token (unprefixed format) assigned to a vercel-named setting',
    keywords: ['vercel'],
    // Vercel tokens before the prefixed formats: 24 alphanumerics with no marker, so only a vercel name identifies them.
    name: 'vercel[A-Za-z0-9_.-]{0,30}',
    value: '[A-Za-z0-9]{24}',
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`VERCEL_TOKEN=${generate.alnum(24)}`, `vercel_api_token: "${generate.alnum(24)}"`],
      ignores: (generate) => [`token = ${generate.alnum(24)}`, `VERCEL_ORG_ID=team_${generate.alnum(24)}`],
    },
  }),
  vercelToken('vercel-personal-access-token', 'vcp_', 'Vercel personal access token'),
];
