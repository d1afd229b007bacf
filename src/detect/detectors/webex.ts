import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const webexDetectors: readonly Detector[] = [
  assignedToken({
    id: 'webex-access-token',
    description: 'Webex bot or personal access token',
    keywords: ['webex'],
    // Webex access tokens (developer.webex.com "Bots", "Getting started"): 64 base62 + "_" + a 4-character cluster + "_" + the organization UUID.
    name: providerSetting('webex'),
    value: '[A-Za-z0-9]{64}_[A-Za-z0-9]{4}_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 4,
    fix: 'Regenerate the bot token in Webex for Developers (My Webex Apps → your bot), then read a new one from the environment (WEBEX_BOT_TOKEN) or your secret manager.',
    examples: {
      detects: (generate) => [`WEBEX_BOT_TOKEN=${generate.alnum(64)}_P0A1_${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `webex token: ${generate.alnum(64)}_P0A1_${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
      ignores: (generate) => [`api_key = ${generate.alnum(64)}_P0A1_${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `WEBEX_BOT_TOKEN=${generate.alnum(64)}`],
    },
  }),
];
