import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const weatherstackDetectors: readonly Detector[] = [
  assignedToken({
    id: 'weatherstack-api-key',
    description: 'weatherstack (apilayer) access key',
    keywords: ['weatherstack'],
    // weatherstack access keys (weatherstack.com/documentation, apilayer): 32 lower-case hex-like characters.
    name: providerSetting('weatherstack'),
    value: '[a-z0-9]{32}',
    minEntropy: 3,
    fix: 'Reset the access key in the weatherstack dashboard, then read a new one from the environment (WEATHERSTACK_ACCESS_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`WEATHERSTACK_ACCESS_KEY=${generate.lowerAlnum(32)}`, `weatherstack key: ${generate.lowerAlnum(32)}`],
      ignores: (generate) => [`api_key = ${generate.lowerAlnum(32)}`, `WEATHERSTACK_ACCESS_KEY=${generate.lowerAlnum(16)}`],
    },
  }),
];
