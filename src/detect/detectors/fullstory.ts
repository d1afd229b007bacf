import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const fullstoryDetectors: readonly Detector[] = [
  // FullStory API keys (developer.fullstory.com, sent as): the data region ("na1." or "eu1.") + 100 base64 characters; the length and alphabet as trufflehog's detector matches them.
  prefixedToken({
    id: 'fullstory-api-key',
    description: 'FullStory API key',
    prefixes: ['na1.', 'eu1.'],
    charset: 'A-Za-z0-9+/',
    length: 100,
    minEntropy: 4,
    fix: 'Delete the key in FullStory (Settings → Integrations → API Keys), then read a new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`na1.${generate.base64(100)}`, `FULLSTORY_API_KEY=eu1.${generate.base64(100)}`],
      ignores: (generate) => [`na1.${generate.base64(40)}`, `na1.${generate.base64(120)}`],
    },
  }),
];
