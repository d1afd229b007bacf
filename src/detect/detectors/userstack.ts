import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const userstackDetectors: readonly Detector[] = [
  assignedToken({
    id: 'userstack-api-key',
    description: 'userstack (apilayer) access key',
    keywords: ['userstack'],
    // userstack access keys (userstack.com/documentation, apilayer): 32 lower-case hex-like characters.
    name: providerSetting('userstack'),
    value: '[a-z0-9]{32}',
    minEntropy: 3,
    fix: 'Reset the access key in the userstack dashboard, then read a new one from the environment (USERSTACK_ACCESS_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`USERSTACK_ACCESS_KEY=${generate.lowerAlnum(32)}`, `userstack key: ${generate.lowerAlnum(32)}`],
      ignores: (generate) => [`api_key = ${generate.lowerAlnum(32)}`, `USERSTACK_ACCESS_KEY=${generate.lowerAlnum(16)}`],
    },
  }),
];
