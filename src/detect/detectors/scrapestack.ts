import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const scrapestackDetectors: readonly Detector[] = [
  assignedToken({
    id: 'scrapestack-api-key',
    description: 'scrapestack (apilayer) access key',
    keywords: ['scrapestack'],
    // scrapestack access keys (scrapestack.com/documentation, apilayer): 32 lower-case hex-like characters.
    name: providerSetting('scrapestack'),
    value: '[a-z0-9]{32}',
    minEntropy: 3,
    fix: 'Reset the access key in the scrapestack dashboard, then read a new one from the environment (SCRAPESTACK_ACCESS_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`SCRAPESTACK_ACCESS_KEY=${generate.lowerAlnum(32)}`, `scrapestack key: ${generate.lowerAlnum(32)}`],
      ignores: (generate) => [`api_key = ${generate.lowerAlnum(32)}`, `SCRAPESTACK_ACCESS_KEY=${generate.lowerAlnum(16)}`],
    },
  }),
];
