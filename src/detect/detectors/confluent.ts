import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

export const confluentDetectors: readonly Detector[] = [
  assignedToken({
    id: 'confluent-api-secret',
    description: 'Confluent Cloud API secret assigned to a confluent secret setting',
    keywords: ['confluent'],
    // Confluent Cloud API keys ("Manage API keys"): a 16-character key and a 64-character secret, neither with a marker; only the secret is sensitive.
    name: 'confluent[A-Za-z0-9_.-]{0,30}secret(?:[_.-]?key)?',
    value: '[A-Za-z0-9+/]{64}',
    minEntropy: 4.5,
    fix: 'Delete the API key in Confluent Cloud (Administration → API keys) and create a new one; read the secret from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`CONFLUENT_CLOUD_API_SECRET=${generate.base64(64)}`, `confluent.api.secret: "${generate.alnum(64)}"`],
      ignores: (generate) => [`CONFLUENT_CLOUD_API_KEY=${generate.upperAlnum(16)}`, `api_secret = ${generate.base64(64)}`],
    },
  }),
];
