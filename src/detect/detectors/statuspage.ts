import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const statuspageDetectors: readonly Detector[] = [
  assignedToken({
    id: 'statuspage-api-key',
    description: 'Atlassian Statuspage API key',
    keywords: ['statuspage'],
    // Statuspage API keys (developer.statuspage.io "Authentication"): 32 hex characters.
    name: providerSetting('statuspage'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the key in Statuspage (your profile → API info), then read a new one from the environment (STATUSPAGE_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`STATUSPAGE_API_KEY=${generate.hex(32)}`, `statuspage key: ${generate.hex(32)}`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `STATUSPAGE_API_KEY=${generate.hex(16)}`],
    },
  }),
];
