import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { prefixedToken } from './prefixed-token';

export const linearDetectors: readonly Detector[] = [
  // Linear personal API keys (developers.linear.app "Authentication"): "lin_api_" + 40 alphanumerics.
  prefixedToken({
    id: 'linear-api-key',
    description: 'Linear personal API key',
    prefixes: ['lin_api_'],
    charset: 'A-Za-z0-9',
    length: 40,
    minEntropy: 4,
    fix: 'Revoke the key in Linear (Settings → Security & access → Personal API keys), then read a new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`lin_api_${generate.alnum(40)}`, `LINEAR_API_KEY=lin_api_${generate.alnum(40)}`],
      ignores: (generate) => [`lin_api_${generate.alnum(20)}`, 'LINEAR_API_KEY=lin_api_<key>'],
    },
  }),
  assignedToken({
    id: 'linear-client-secret',
    description: 'Linear OAuth application client secret assigned to a linear secret setting',
    keywords: ['linear'],
    // Linear OAuth2 applications ("OAuth 2.0 authentication"): the client secret is 32 hex with no marker; the name must say linear and secret.
    name: 'linear[A-Za-z0-9_.-]{0,20}secret',
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Rotate the client secret in Linear (Settings → API → OAuth applications → your app), then read it from your secret manager.',
    examples: {
      detects: (generate) => [`LINEAR_CLIENT_SECRET=${generate.hex(32)}`, `linear.oauthClientSecret: "${generate.hex(32)}"`],
      ignores: (generate) => [`client_secret = ${generate.hex(32)}`, `LINEAR_CLIENT_ID=${generate.hex(32)}`],
    },
  }),
];
