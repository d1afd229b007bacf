import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { prefixedToken } from './prefixed-token';

export const bitbucketDetectors: readonly Detector[] = [
  // Bitbucket Cloud app passwords (support.atlassian.com "App passwords"): "ATBB" + 32 alphanumerics, the last 8 a checksum.
  prefixedToken({
    id: 'bitbucket-app-password',
    description: 'Bitbucket Cloud app password',
    prefixes: ['ATBB'],
    charset: 'A-Za-z0-9',
    length: 32,
    minEntropy: 3.5,
    fix: 'Revoke the app password in Bitbucket (Personal settings → App passwords), then move to an API token or repository access token read from a CI secret.',
    examples: {
      detects: (generate) => [`ATBB${generate.alnum(24)}${generate.hex(8).toUpperCase()}`, `BITBUCKET_APP_PASSWORD=ATBB${generate.alnum(32)}`],
      ignores: (generate) => [`ATBB${generate.alnum(16)}`, `ATBB${generate.alnum(40)}`],
    },
  }),
  assignedToken({
    id: 'bitbucket-oauth-consumer-secret',
    description: 'Bitbucket Cloud OAuth consumer secret assigned to a bitbucket secret setting',
    keywords: ['bitbucket'],
    // Bitbucket Cloud OAuth consumers ("Use OAuth on Bitbucket Cloud"): a key of 18 and a secret of 32 base62 characters, no marker; the name must say bitbucket and secret.
    name: 'bitbucket[A-Za-z0-9_.-]{0,20}secret',
    value: '[A-Za-z0-9]{32}',
    minEntropy: 4,
    fix: 'Delete the OAuth consumer in Bitbucket (Workspace settings → OAuth consumers) and add a new one, then read its secret from your secret manager.',
    examples: {
      detects: (generate) => [`BITBUCKET_CLIENT_SECRET=${generate.alnum(32)}`, `bitbucket.oauth.secret: "${generate.alnum(32)}"`],
      ignores: (generate) => [`client_secret = ${generate.alnum(32)}`, `BITBUCKET_CLIENT_ID=${generate.alnum(18)}`],
    },
  }),
];
