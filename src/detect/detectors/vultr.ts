import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const vultrDetectors: readonly Detector[] = [
  assignedToken({
    id: 'vultr-api-key',
    description: 'Vultr API key',
    keywords: ['vultr'],
    // Vultr API keys (docs.vultr.com "API"): 36 upper-case base36 characters.
    name: providerSetting('vultr'),
    value: '[A-Z0-9]{36}',
    minEntropy: 3,
    fix: 'Regenerate the key in Vultr (Account → API), then read a new one from the environment (VULTR_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`VULTR_API_KEY=${generate.upperAlnum(36)}`, `vultr key: ${generate.upperAlnum(36)}`],
      ignores: (generate) => [`api_key = ${generate.upperAlnum(36)}`, `VULTR_API_KEY=${generate.upperAlnum(16)}`],
    },
  }),
];
