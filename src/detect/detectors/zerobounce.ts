import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const zerobounceDetectors: readonly Detector[] = [
  assignedToken({
    id: 'zerobounce-api-key',
    description: 'ZeroBounce API key',
    keywords: ['zerobounce'],
    // ZeroBounce API keys (zerobounce.net/docs "API keys"): 32 hex characters.
    name: providerSetting('zerobounce'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Delete the key in ZeroBounce (API → API Keys), then read a new one from the environment (ZEROBOUNCE_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`ZEROBOUNCE_API_KEY=${generate.hex(32)}`, `zerobounce key: ${generate.hex(32)}`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `ZEROBOUNCE_API_KEY=${generate.hex(16)}`],
    },
  }),
];
