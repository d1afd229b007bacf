import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const taxjarDetectors: readonly Detector[] = [
  assignedToken({
    id: 'taxjar-api-token',
    description: 'TaxJar API token',
    keywords: ['taxjar'],
    // TaxJar API tokens (developers.taxjar.com "Authentication"): 32 hex characters.
    name: providerSetting('taxjar'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Delete the token in TaxJar (Account → SmartCalcs API), then read a new one from the environment (TAXJAR_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`TAXJAR_API_KEY=${generate.hex(32)}`, `taxjar token: ${generate.hex(32)}`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `TAXJAR_API_KEY=${generate.hex(16)}`],
    },
  }),
];
