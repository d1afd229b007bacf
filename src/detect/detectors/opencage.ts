import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const opencageDetectors: readonly Detector[] = [
  assignedToken({
    id: 'opencage-api-key',
    description: 'OpenCage geocoding API key',
    keywords: ['opencage'],
    // OpenCage geocoding API keys (opencagedata.com/api "Authentication"): 32 hex characters.
    name: providerSetting('opencage'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Delete the key in the OpenCage dashboard (Geocoding API → keys), then read a new one from the environment (OPENCAGE_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`OPENCAGE_API_KEY=${generate.hex(32)}`, `opencage key: ${generate.hex(32)}`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `OPENCAGE_API_KEY=${generate.hex(16)}`],
    },
  }),
];
