import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const rebrandlyDetectors: readonly Detector[] = [
  assignedToken({
    id: 'rebrandly-api-key',
    description: 'Rebrandly API key',
    keywords: ['rebrandly'],
    // Rebrandly API keys (developers.rebrandly.com "API keys"): 32 hex characters.
    name: providerSetting('rebrandly'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Delete the key in Rebrandly (Account → API keys), then read a new one from the environment (REBRANDLY_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`REBRANDLY_API_KEY=${generate.hex(32)}`, `rebrandly key: ${generate.hex(32)}`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `REBRANDLY_API_KEY=${generate.hex(16)}`],
    },
  }),
];
