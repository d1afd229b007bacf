import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const spoonacularDetectors: readonly Detector[] = [
  assignedToken({
    id: 'spoonacular-api-key',
    description: 'Spoonacular API key',
    keywords: ['spoonacular'],
    // Spoonacular API keys (spoonacular.com/food-api/docs "Authentication"): 32 hex characters.
    name: providerSetting('spoonacular'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Regenerate the key in the Spoonacular console (Profile → API key), then read a new one from the environment (SPOONACULAR_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`SPOONACULAR_API_KEY=${generate.hex(32)}`, `spoonacular key: ${generate.hex(32)}`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `SPOONACULAR_API_KEY=${generate.hex(16)}`],
    },
  }),
];
