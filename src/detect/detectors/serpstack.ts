import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const serpstackDetectors: readonly Detector[] = [
  assignedToken({
    id: 'serpstack-api-key',
    description: 'serpstack (apilayer) access key',
    keywords: ['serpstack'],
    // serpstack access keys (serpstack.com/documentation, apilayer): 32 lower-case hex-like characters.
    name: providerSetting('serpstack'),
    value: '[a-z0-9]{32}',
    minEntropy: 3,
    fix: 'Reset the access key in the serpstack dashboard, then read a new one from the environment (SERPSTACK_ACCESS_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`SERPSTACK_ACCESS_KEY=${generate.lowerAlnum(32)}`, `serpstack key: ${generate.lowerAlnum(32)}`],
      ignores: (generate) => [`api_key = ${generate.lowerAlnum(32)}`, `SERPSTACK_ACCESS_KEY=${generate.lowerAlnum(16)}`],
    },
  }),
];
