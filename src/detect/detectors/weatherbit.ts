import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const weatherbitDetectors: readonly Detector[] = [
  assignedToken({
    id: 'weatherbit-api-key',
    description: 'Weatherbit API key',
    keywords: ['weatherbit'],
    // Weatherbit API keys (weatherbit.io/api "Authentication"): 32 hex characters.
    name: providerSetting('weatherbit'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Regenerate the key in the Weatherbit account dashboard, then read a new one from the environment (WEATHERBIT_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`WEATHERBIT_API_KEY=${generate.hex(32)}`, `weatherbit key: ${generate.hex(32)}`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `WEATHERBIT_API_KEY=${generate.hex(16)}`],
    },
  }),
];
