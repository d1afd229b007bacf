import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const positionstackDetectors: readonly Detector[] = [
  assignedToken({
    id: 'positionstack-api-key',
    description: 'positionstack (apilayer) access key',
    keywords: ['positionstack'],
    // positionstack access keys (positionstack.com/documentation, apilayer): 32 lower-case hex-like characters.
    name: providerSetting('positionstack'),
    value: '[a-z0-9]{32}',
    minEntropy: 3,
    fix: 'Reset the access key in the positionstack dashboard, then read a new one from the environment (POSITIONSTACK_ACCESS_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`POSITIONSTACK_ACCESS_KEY=${generate.lowerAlnum(32)}`, `positionstack key: ${generate.lowerAlnum(32)}`],
      ignores: (generate) => [`api_key = ${generate.lowerAlnum(32)}`, `POSITIONSTACK_ACCESS_KEY=${generate.lowerAlnum(16)}`],
    },
  }),
];
