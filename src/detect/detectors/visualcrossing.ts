import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const visualcrossingDetectors: readonly Detector[] = [
  assignedToken({
    id: 'visualcrossing-api-key',
    description: 'Visual Crossing Weather API key',
    keywords: ['visualcrossing'],
    // Visual Crossing Weather API keys (visualcrossing.com/resources/documentation "API key"): 25 upper-case base36 characters.
    name: providerSetting('visualcrossing'),
    value: '[0-9A-Z]{25}',
    minEntropy: 3.5,
    fix: 'Reset the key in your Visual Crossing account (Account → API key), then read a new one from the environment (VISUALCROSSING_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`VISUALCROSSING_API_KEY=${generate.upperAlnum(25)}`, `visualcrossing key: ${generate.upperAlnum(25)}`],
      ignores: (generate) => [`api_key = ${generate.upperAlnum(25)}`, `VISUALCROSSING_API_KEY=${generate.upperAlnum(12)}`],
    },
  }),
];
