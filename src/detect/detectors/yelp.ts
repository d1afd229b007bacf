import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const yelpDetectors: readonly Detector[] = [
  assignedToken({
    id: 'yelp-api-key',
    description: 'Yelp Fusion API key',
    keywords: ['yelp'],
    // Yelp Fusion API keys (docs.developer.yelp.com "Authentication"): 128 base64url characters.
    name: providerSetting('yelp'),
    value: '[A-Za-z0-9_-]{128}',
    minEntropy: 4,
    fix: 'Create a new key in Yelp (Manage App) and discard the old, then read a new one from the environment (YELP_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`YELP_API_KEY=${generate.base64url(128)}`, `yelp key: ${generate.base64url(128)}`],
      ignores: (generate) => [`api_key = ${generate.base64url(128)}`, `YELP_API_KEY=${generate.base64url(40)}`],
    },
  }),
];
