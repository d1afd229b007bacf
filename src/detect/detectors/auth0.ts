import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

export const auth0Detectors: readonly Detector[] = [
  assignedToken({
    id: 'auth0-client-secret',
    description: 'Auth0 application client secret assigned to an auth0-named setting',
    keywords: ['auth0'],
    // Auth0 client secrets (Applications → Settings): 64 base64url characters with no marker, so only an auth0 name identifies them.
    name: 'auth0[A-Za-z0-9_.-]{0,30}',
    value: '[A-Za-z0-9_-]{64}',
    minEntropy: 4,
    fix: 'Rotate the secret in the Auth0 dashboard (Applications → the application → Settings → Rotate), then read it from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`AUTH0_CLIENT_SECRET=${generate.base64url(64)}`, `auth0.clientSecret = "${generate.base64url(64)}"`],
      ignores: (generate) => [
        // The client ID is public.
        `AUTH0_CLIENT_ID=${generate.alnum(32)}`,
        `client_secret = ${generate.base64url(64)}`,
      ],
    },
  }),
];
