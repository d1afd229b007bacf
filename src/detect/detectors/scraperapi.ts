import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const scraperapiDetectors: readonly Detector[] = [
  assignedToken({
    id: 'scraperapi-api-key',
    description: 'ScraperAPI key',
    keywords: ['scraperapi'],
    // ScraperAPI keys (docs.scraperapi.com "Authentication"): 32 hex characters.
    name: providerSetting('scraperapi'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Reset the key in the ScraperAPI dashboard, then read a new one from the environment (SCRAPERAPI_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`SCRAPERAPI_KEY=${generate.hex(32)}`, `scraperapi key: ${generate.hex(32)}`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `SCRAPERAPI_KEY=${generate.hex(16)}`],
    },
  }),
];
