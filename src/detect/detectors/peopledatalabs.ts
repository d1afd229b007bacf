import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const peopledatalabsDetectors: readonly Detector[] = [
  assignedToken({
    id: 'peopledatalabs-api-key',
    description: 'People Data Labs API key',
    keywords: ['peopledatalabs'],
    // People Data Labs API keys (docs.peopledatalabs.com "Authentication"): 64 hex characters.
    name: providerSetting('peopledatalabs'),
    value: '[a-f0-9]{64}',
    minEntropy: 3,
    fix: 'Rotate the key in the People Data Labs dashboard (API keys), then read a new one from the environment (PEOPLEDATALABS_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`PEOPLEDATALABS_API_KEY=${generate.hex(64)}`, `peopledatalabs key: ${generate.hex(64)}`],
      ignores: (generate) => [`api_key = ${generate.hex(64)}`, `PEOPLEDATALABS_API_KEY=${generate.hex(32)}`],
    },
  }),
];
