import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const shortcutDetectors: readonly Detector[] = [
  assignedToken({
    id: 'shortcut-api-token',
    description: 'Shortcut (formerly Clubhouse) API token',
    keywords: ['shortcut'],
    // Shortcut API tokens (developer.shortcut.com "Authentication"): a UUID, sent as Shortcut-Token.
    name: providerSetting('shortcut', 'token'),
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 3,
    fix: 'Delete the token in Shortcut (Settings → API Tokens), then read a new one from the environment (SHORTCUT_API_TOKEN) or your secret manager.',
    examples: {
      detects: (generate) => [`SHORTCUT_API_TOKEN=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `shortcut_token: "${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `SHORTCUT_API_TOKEN=${generate.hex(8)}-${generate.hex(4)}`],
    },
  }),
];
