import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const everhourDetectors: readonly Detector[] = [
  assignedToken({
    id: 'everhour-api-key',
    description: 'Everhour API key assigned to an everhour-named setting',
    keywords: ['everhour'],
    // Everhour API tokens (everhour.docs.apiary.io, X-Api-Key): hex groups of 4, 4, 6, 6 and 8 joined by "-"; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('everhour'),
    value: '[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{6}-[0-9a-f]{6}-[0-9a-f]{8}',
    minEntropy: 3,
    fix: 'Revoke the key in Everhour (Profile → API token), then read a new one from the EVERHOUR_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`EVERHOUR_API_KEY=${generate.hex(4)}-${generate.hex(4)}-${generate.hex(6)}-${generate.hex(6)}-${generate.hex(8)}`, `everhour_key: "${generate.hex(4)}-${generate.hex(4)}-${generate.hex(6)}-${generate.hex(6)}-${generate.hex(8)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(4)}-${generate.hex(4)}-${generate.hex(6)}-${generate.hex(6)}-${generate.hex(8)}`, `EVERHOUR_API_KEY=${generate.hex(16)}`, `EVERHOUR_API_ACCOUNT_ID=${generate.hex(4)}-${generate.hex(4)}-${generate.hex(6)}-${generate.hex(6)}-${generate.hex(8)}`],
    },
  }),
];
