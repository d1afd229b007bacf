import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Revoke the token in Netlify (User settings → Applications → Personal access tokens), then read a new one from the NETLIFY_AUTH_TOKEN environment variable or a CI secret.';

export const netlifyDetectors: readonly Detector[] = [
  // Netlify personal access tokens since 2024 ("Netlify API → Authentication"): "nfp_" + about 40 alphanumerics.
  prefixedToken({
    id: 'netlify-access-token',
    description: 'Netlify personal access token',
    prefixes: ['nfp_'],
    charset: 'A-Za-z0-9',
    length: [36, 48],
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`nfp_${generate.alnum(40)}`, `NETLIFY_AUTH_TOKEN=nfp_${generate.alnum(40)}`],
      ignores: (generate) => [`nfp_${generate.alnum(20)}`, 'NETLIFY_AUTH_TOKEN=nfp_<token>'],
    },
  }),
  assignedToken({
    id: 'netlify-legacy-access-token',
    description: 'Netlify access token (unprefixed format) assigned to a netlify-named setting',
    keywords: ['netlify'],
    // Netlify tokens before the nfp_ prefix: 43 to 64 base64url or hex characters with no marker (hex ones stay under 4 bits of entropy per character).
    name: 'netlify[A-Za-z0-9_.-]{0,30}',
    value: '(?!nfp_)[A-Za-z0-9_-]{43,64}',
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`NETLIFY_AUTH_TOKEN=${generate.base64url(43)}`, `netlify_token: "${generate.hex(64)}"`],
      ignores: (generate) => [`NETLIFY_SITE_ID=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `auth_token = ${generate.base64url(43)}`],
    },
  }),
];
