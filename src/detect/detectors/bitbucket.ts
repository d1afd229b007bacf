import type { Detector } from '../detector';
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
];
