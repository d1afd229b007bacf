import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const zenrowsDetectors: readonly Detector[] = [
  assignedToken({
    id: 'zenrows-api-key',
    description: 'ZenRows API key',
    keywords: ['zenrows'],
    // ZenRows API keys (docs.zenrows.com "Authentication"): 40 hex characters.
    name: providerSetting('zenrows'),
    value: '[a-f0-9]{40}',
    minEntropy: 3,
    fix: 'Regenerate the key in the ZenRows dashboard, then read a new one from the environment (ZENROWS_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`ZENROWS_API_KEY=${generate.hex(40)}`, `zenrows key: ${generate.hex(40)}`],
      ignores: (generate) => [`api_key = ${generate.hex(40)}`, `ZENROWS_API_KEY=${generate.hex(20)}`],
    },
  }),
];
