import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const zulipDetectors: readonly Detector[] = [
  assignedToken({
    id: 'zulip-api-key',
    description: 'Zulip API key',
    keywords: ['zulip'],
    // Zulip API keys (zulip.com/api/api-keys): 32 base62 characters.
    name: providerSetting('zulip'),
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    fix: 'Generate a new API key in Zulip (Personal settings → Account & privacy → API key), then read a new one from the environment (ZULIP_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`ZULIP_API_KEY=${generate.alnum(32)}`, `zulip key: ${generate.alnum(32)}`],
      ignores: (generate) => [`api_key = ${generate.alnum(32)}`, `ZULIP_API_KEY=${generate.alnum(16)}`],
    },
  }),
];
