import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

export const linodeDetectors: readonly Detector[] = [
  assignedToken({
    id: 'linode-api-token',
    description: 'Linode (Akamai Cloud) API token assigned to a linode-named setting',
    keywords: ['linode'],
    // Linode personal access tokens (Cloud Manager → API tokens): 64 hex characters with no marker; the CLI reads LINODE_TOKEN.
    name: 'linode[A-Za-z0-9_.-]{0,30}',
    value: '[a-f0-9]{64}',
    minEntropy: 3.5,
    fix: 'Revoke the token in Cloud Manager (Profile → API tokens), then read a new, narrowly scoped one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`LINODE_TOKEN=${generate.hex(64)}`, `linode_api_token = "${generate.hex(64)}"`],
      ignores: (generate) => [`sha256 = ${generate.hex(64)}`, `LINODE_TOKEN=${generate.hex(32)}`],
    },
  }),
];
