import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const twelvedataDetectors: readonly Detector[] = [
  assignedToken({
    id: 'twelvedata-api-key',
    description: 'Twelve Data API key',
    keywords: ['twelvedata'],
    // Twelve Data API keys (twelvedata.com/docs "Authentication"): 32 hex characters.
    name: providerSetting('twelvedata'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Regenerate the key in the Twelve Data dashboard (API Keys), then read a new one from the environment (TWELVEDATA_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`TWELVEDATA_API_KEY=${generate.hex(32)}`, `twelvedata key: ${generate.hex(32)}`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `TWELVEDATA_API_KEY=${generate.hex(16)}`],
    },
  }),
];
