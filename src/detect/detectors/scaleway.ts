import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

export const scalewayDetectors: readonly Detector[] = [
  assignedToken({
    id: 'scaleway-secret-key',
    description: 'Scaleway secret key',
    keywords: ['scaleway', 'scw'],
    // Scaleway API keys (scaleway.com/en/docs "API keys"): an access key "SCW" + 17 characters and a UUID secret key (SCW_SECRET_KEY).
    name: '(?:scaleway[A-Za-z0-9_.-]{0,20} ?|scw[_.-]?)secret[_.-]?key',
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 3,
    fix: 'Delete the API key in the Scaleway console (IAM → API keys), then read a new one from the environment (SCW_SECRET_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`SCW_SECRET_KEY=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `scaleway_secret_key = "${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `SCW_SECRET_KEY=${generate.hex(8)}-${generate.hex(4)}`],
    },
  }),
];
