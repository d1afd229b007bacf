import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

export const fastlyDetectors: readonly Detector[] = [
  assignedToken({
    id: 'fastly-api-token',
    description: 'Fastly API token assigned to a fastly-named setting',
    keywords: ['fastly'],
    // Fastly API tokens ("Using API tokens"): 32 base64url characters with no marker; the CLI reads FASTLY_API_TOKEN.
    name: 'fastly[A-Za-z0-9_.-]{0,30}',
    value: '[A-Za-z0-9_-]{32}',
    minEntropy: 4,
    fix: 'Revoke the token in Fastly (Account → API tokens), then read a new, narrowly scoped one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`FASTLY_API_TOKEN=${generate.base64url(32)}`, `fastly_key: "${generate.base64url(32)}"`],
      ignores: (generate) => [`api_token = ${generate.base64url(32)}`, `FASTLY_SERVICE_ID=${generate.alnum(22)}`],
    },
  }),
];
