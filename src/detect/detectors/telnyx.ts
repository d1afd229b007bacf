import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const telnyxDetectors: readonly Detector[] = [
  assignedToken({
    id: 'telnyx-api-key',
    description: 'Telnyx API v2 key',
    keywords: ['telnyx'],
    // Telnyx API v2 keys (developers.telnyx.com "API keys start with KEY"): "KEY" + 55 base64url characters.
    name: providerSetting('telnyx'),
    value: 'KEY[0-9A-Za-z_-]{55}',
    minEntropy: 4,
    fix: 'Delete the key in the Telnyx Mission Control Portal (API Keys), then read a new one from the environment (TELNYX_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`TELNYX_API_KEY=KEY${generate.upperAlnum(32)}_${generate.alnum(22)}`, `telnyx key: KEY${generate.upperAlnum(32)}_${generate.alnum(22)}`],
      ignores: (generate) => [`api_key = KEY${generate.upperAlnum(32)}_${generate.alnum(22)}`, `TELNYX_API_KEY=KEY${generate.upperAlnum(20)}`],
    },
  }),
];
