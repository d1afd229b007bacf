import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const tiingoDetectors: readonly Detector[] = [
  assignedToken({
    id: 'tiingo-api-token',
    description: 'Tiingo API token',
    keywords: ['tiingo'],
    // Tiingo API tokens (tiingo.com/documentation "General"): 40 hex characters.
    name: providerSetting('tiingo'),
    value: '[a-f0-9]{40}',
    minEntropy: 3,
    fix: 'Regenerate the token in Tiingo (Account → API → Token), then read a new one from the environment (TIINGO_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`TIINGO_API_KEY=${generate.hex(40)}`, `tiingo token: ${generate.hex(40)}`],
      ignores: (generate) => [`api_key = ${generate.hex(40)}`, `TIINGO_API_KEY=${generate.hex(20)}`],
    },
  }),
];
