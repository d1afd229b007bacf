import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const tomtomDetectors: readonly Detector[] = [
  assignedToken({
    id: 'tomtom-api-key',
    description: 'TomTom API key',
    keywords: ['tomtom'],
    // TomTom API keys (developer.tomtom.com "API key management"): 32 base62 characters.
    name: providerSetting('tomtom'),
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    fix: 'Delete the key in the TomTom developer portal (Dashboard → Keys), then read a new one from the environment (TOMTOM_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`TOMTOM_API_KEY=${generate.alnum(32)}`, `tomtom key: ${generate.alnum(32)}`],
      ignores: (generate) => [`api_key = ${generate.alnum(32)}`, `TOMTOM_API_KEY=${generate.alnum(16)}`],
    },
  }),
];
