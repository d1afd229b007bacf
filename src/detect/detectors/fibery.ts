import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const fiberyDetectors: readonly Detector[] = [
  assignedToken({
    id: 'fibery-api-token',
    description: 'Fibery API token assigned to a fibery-named setting',
    keywords: ['fibery'],
    // Fibery API tokens (api.fibery.io, "Authorization: Token …"): 8 hex, ".", then 35 hex characters; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('fibery'),
    value: '[0-9a-f]{8}\\.[0-9a-f]{35}',
    minEntropy: 3,
    fix: 'Revoke the token in Fibery (the workspace → Settings → API Keys), then read a new one from the FIBERY_API_TOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`FIBERY_API_TOKEN=${generate.hex(8)}.${generate.hex(35)}`, `fibery_token: "${generate.hex(8)}.${generate.hex(35)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(8)}.${generate.hex(35)}`, `FIBERY_API_TOKEN=${generate.hex(24)}`, `FIBERY_API_ACCOUNT_ID=${generate.hex(8)}.${generate.hex(35)}`],
    },
  }),
];
