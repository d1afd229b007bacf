import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const numverifyDetectors: readonly Detector[] = [
  assignedToken({
    id: 'numverify-api-key',
    description: 'numverify (apilayer) access key',
    keywords: ['numverify'],
    // numverify access keys (numverify.com/documentation, apilayer): 32 lower-case hex-like characters.
    name: providerSetting('numverify'),
    value: '[a-z0-9]{32}',
    minEntropy: 3,
    fix: 'Reset the access key in the numverify dashboard, then read a new one from the environment (NUMVERIFY_ACCESS_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`NUMVERIFY_ACCESS_KEY=${generate.lowerAlnum(32)}`, `numverify key: ${generate.lowerAlnum(32)}`],
      ignores: (generate) => [`api_key = ${generate.lowerAlnum(32)}`, `NUMVERIFY_ACCESS_KEY=${generate.lowerAlnum(16)}`],
    },
  }),
];
