import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const mediastackDetectors: readonly Detector[] = [
  assignedToken({
    id: 'mediastack-api-key',
    description: 'mediastack (apilayer) access key',
    keywords: ['mediastack'],
    // mediastack access keys (mediastack.com/documentation, apilayer): 32 lower-case hex-like characters.
    name: providerSetting('mediastack'),
    value: '[a-z0-9]{32}',
    minEntropy: 3,
    fix: 'Reset the access key in the mediastack dashboard, then read a new one from the environment (MEDIASTACK_ACCESS_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`MEDIASTACK_ACCESS_KEY=${generate.lowerAlnum(32)}`, `mediastack key: ${generate.lowerAlnum(32)}`],
      ignores: (generate) => [`api_key = ${generate.lowerAlnum(32)}`, `MEDIASTACK_ACCESS_KEY=${generate.lowerAlnum(16)}`],
    },
  }),
];
