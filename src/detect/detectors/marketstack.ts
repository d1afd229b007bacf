import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const marketstackDetectors: readonly Detector[] = [
  assignedToken({
    id: 'marketstack-api-key',
    description: 'marketstack (apilayer) access key',
    keywords: ['marketstack'],
    // marketstack access keys (marketstack.com/documentation, apilayer): 32 lower-case hex-like characters.
    name: providerSetting('marketstack'),
    value: '[a-z0-9]{32}',
    minEntropy: 3,
    fix: 'Reset the access key in the marketstack dashboard, then read a new one from the environment (MARKETSTACK_ACCESS_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`MARKETSTACK_ACCESS_KEY=${generate.lowerAlnum(32)}`, `marketstack key: ${generate.lowerAlnum(32)}`],
      ignores: (generate) => [`api_key = ${generate.lowerAlnum(32)}`, `MARKETSTACK_ACCESS_KEY=${generate.lowerAlnum(16)}`],
    },
  }),
];
