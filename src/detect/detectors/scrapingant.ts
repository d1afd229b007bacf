import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const scrapingantDetectors: readonly Detector[] = [
  assignedToken({
    id: 'scrapingant-api-key',
    description: 'ScrapingAnt API key',
    keywords: ['scrapingant'],
    // ScrapingAnt API keys (docs.scrapingant.com "Authentication"): 32 hex characters.
    name: providerSetting('scrapingant'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Regenerate the key in the ScrapingAnt dashboard, then read a new one from the environment (SCRAPINGANT_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`SCRAPINGANT_API_KEY=${generate.hex(32)}`, `scrapingant key: ${generate.hex(32)}`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `SCRAPINGANT_API_KEY=${generate.hex(16)}`],
    },
  }),
];
