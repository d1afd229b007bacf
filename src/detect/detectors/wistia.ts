import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const wistiaDetectors: readonly Detector[] = [
  assignedToken({
    id: 'wistia-api-token',
    description: 'Wistia API token',
    keywords: ['wistia'],
    // Wistia API tokens (wistia.com/support/developers "Data API"): 64 hex characters.
    name: providerSetting('wistia'),
    value: '[a-f0-9]{64}',
    minEntropy: 3,
    fix: 'Delete the token in Wistia (Account → Settings → API access), then read a new one from the environment (WISTIA_API_TOKEN) or your secret manager.',
    examples: {
      detects: (generate) => [`WISTIA_API_TOKEN=${generate.hex(64)}`, `wistia token: ${generate.hex(64)}`],
      ignores: (generate) => [`api_key = ${generate.hex(64)}`, `WISTIA_API_TOKEN=${generate.hex(32)}`],
    },
  }),
];
