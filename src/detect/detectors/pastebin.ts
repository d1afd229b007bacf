import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const pastebinDetectors: readonly Detector[] = [
  assignedToken({
    id: 'pastebin-api-key',
    description: 'Pastebin developer API key',
    keywords: ['pastebin'],
    // Pastebin developer API keys (pastebin.com/doc_api "api_dev_key"): 32 base62 characters.
    name: providerSetting('pastebin'),
    value: '[A-Za-z0-9_]{32}',
    minEntropy: 3,
    fix: 'Contact Pastebin or create a new account key (pastebin.com/doc_api), then read a new one from the environment (PASTEBIN_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`PASTEBIN_API_KEY=${generate.alnum(32)}`, `pastebin key: ${generate.alnum(32)}`],
      ignores: (generate) => [`api_key = ${generate.alnum(32)}`, `PASTEBIN_API_KEY=${generate.alnum(16)}`],
    },
  }),
];
