import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const budibaseDetectors: readonly Detector[] = [
  assignedToken({
    id: 'budibase-api-key',
    description: 'Budibase API key assigned to a budibase-named setting',
    keywords: ['budibase'],
    // Budibase API keys (docs.budibase.com, x-budibase-api-key): 32 hex, "-", then about 80 hex characters; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('budibase'),
    value: '[a-f0-9]{32}-[a-f0-9]{78,80}',
    minEntropy: 3,
    fix: 'Revoke the key in Budibase (the user menu → View API key → Regenerate), then read a new one from the BUDIBASE_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`BUDIBASE_API_KEY=${generate.hex(32)}-${generate.hex(79)}`, `budibase_key: "${generate.hex(32)}-${generate.hex(79)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}-${generate.hex(79)}`, `BUDIBASE_API_KEY=${generate.hex(32)}`, `BUDIBASE_API_ACCOUNT_ID=${generate.hex(32)}-${generate.hex(79)}`],
    },
  }),
];
