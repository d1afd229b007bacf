import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const apifyDetectors: readonly Detector[] = [
  // Apify API tokens (docs.apify.com "API integration → API token", Console → Settings → Integrations): "apify_api_" + 36 alphanumerics; the length and alphabet as trufflehog's detector matches them.
  prefixedToken({
    id: 'apify-api-token',
    description: 'Apify API token',
    prefixes: ['apify_api_'],
    charset: 'A-Za-z0-9',
    length: 36,
    minEntropy: 3.5,
    fix: 'Delete the token in Apify Console (Settings → API & Integrations), then read a new one from the APIFY_TOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`apify_api_${generate.alnum(36)}`, `APIFY_TOKEN=apify_api_${generate.alnum(36)}`],
      ignores: (generate) => [`apify_api_${generate.alnum(20)}`, 'APIFY_TOKEN=apify_api_YOUR_TOKEN_HERE'],
    },
  }),
];
