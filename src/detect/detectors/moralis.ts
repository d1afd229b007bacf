import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const moralisDetectors: readonly Detector[] = [
  assignedToken({
    id: 'moralis-api-key',
    description: 'Moralis Web3 API key',
    keywords: ['moralis'],
    // Moralis legacy Web3 API keys (docs.moralis.com "API keys"): 64 base62 characters.
    name: providerSetting('moralis'),
    value: '[A-Za-z0-9]{64}',
    minEntropy: 4,
    fix: 'Rotate the key in the Moralis admin panel (Settings → API keys), then read a new one from the environment (MORALIS_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`MORALIS_API_KEY=${generate.alnum(64)}`, `moralis key: ${generate.alnum(64)}`],
      ignores: (generate) => [`api_key = ${generate.alnum(64)}`, `MORALIS_API_KEY=${generate.alnum(32)}`],
    },
  }),
];
