import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const unsplashDetectors: readonly Detector[] = [
  assignedToken({
    id: 'unsplash-access-key',
    description: 'Unsplash API access or secret key',
    keywords: ['unsplash'],
    // Unsplash API keys (unsplash.com/documentation "Authorization"): the access key and secret key are 43 base64url characters.
    name: providerSetting('unsplash'),
    value: '[A-Za-z0-9_-]{43}',
    minEntropy: 4,
    fix: 'Regenerate the keys in Unsplash (Your apps → your app), then read a new one from the environment (UNSPLASH_ACCESS_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`UNSPLASH_ACCESS_KEY=${generate.base64url(43)}`, `unsplash key: ${generate.base64url(43)}`],
      ignores: (generate) => [`api_key = ${generate.base64url(43)}`, `UNSPLASH_ACCESS_KEY=${generate.base64url(20)}`],
    },
  }),
];
