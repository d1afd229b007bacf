import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const shodanDetectors: readonly Detector[] = [
  assignedToken({
    id: 'shodan-api-key',
    description: 'Shodan API key',
    keywords: ['shodan'],
    // Shodan API keys (account.shodan.io): 32 base62 characters.
    name: providerSetting('shodan'),
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    fix: 'Reset the key at https://account.shodan.io, then read a new one from the environment (SHODAN_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`SHODAN_API_KEY=${generate.alnum(32)}`, `shodan key: ${generate.alnum(32)}`],
      ignores: (generate) => [`api_key = ${generate.alnum(32)}`, `SHODAN_API_KEY=${generate.alnum(16)}`],
    },
  }),
];
