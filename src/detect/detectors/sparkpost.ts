import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const sparkpostDetectors: readonly Detector[] = [
  assignedToken({
    id: 'sparkpost-api-key',
    description: 'SparkPost API key',
    keywords: ['sparkpost'],
    // SparkPost API keys (developers.sparkpost.com "Authentication"): 40 hex characters.
    name: providerSetting('sparkpost'),
    value: '[a-f0-9]{40}',
    minEntropy: 3,
    fix: 'Delete the key in SparkPost (Configuration → API Keys), then read a new one from the environment (SPARKPOST_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`SPARKPOST_API_KEY=${generate.hex(40)}`, `sparkpost key: ${generate.hex(40)}`],
      ignores: (generate) => [`api_key = ${generate.hex(40)}`, `SPARKPOST_API_KEY=${generate.hex(20)}`],
    },
  }),
];
