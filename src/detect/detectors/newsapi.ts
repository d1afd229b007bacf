import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const newsapiDetectors: readonly Detector[] = [
  assignedToken({
    id: 'newsapi-api-key',
    description: 'News API key',
    keywords: ['newsapi'],
    // News API keys (newsapi.org/docs/authentication): 32 hex characters.
    name: providerSetting('newsapi'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Contact News API or create a new account key at https://newsapi.org/account, then read a new one from the environment (NEWSAPI_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`NEWSAPI_KEY=${generate.hex(32)}`, `newsapi key: ${generate.hex(32)}`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `NEWSAPI_KEY=${generate.hex(16)}`],
    },
  }),
];
