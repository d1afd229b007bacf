import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const oandaDetectors: readonly Detector[] = [
  assignedToken({
    id: 'oanda-api-token',
    description: 'OANDA v20 API access token',
    keywords: ['oanda'],
    // OANDA v20 personal access tokens (developer.oanda.com "Authentication"): 32 hex + "-" + 32 hex.
    name: providerSetting('oanda'),
    value: '[a-f0-9]{32}-[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the token in OANDA (My Account → Manage API Access), then read a new one from the environment (OANDA_API_TOKEN) or your secret manager.',
    examples: {
      detects: (generate) => [`OANDA_API_TOKEN=${generate.hex(32)}-${generate.hex(32)}`, `oanda token: ${generate.hex(32)}-${generate.hex(32)}`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}-${generate.hex(32)}`, `OANDA_API_TOKEN=${generate.hex(32)}`],
    },
  }),
];
