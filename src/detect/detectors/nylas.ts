import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const nylasDetectors: readonly Detector[] = [
  assignedToken({
    id: 'nylas-api-key',
    description: 'Nylas API key or client secret',
    keywords: ['nylas'],
    // Nylas API credentials (developer.nylas.com "Authentication"): v2 client secrets and access tokens are 30 base62 characters.
    name: providerSetting('nylas'),
    value: '[0-9A-Za-z]{30}',
    minEntropy: 3,
    fix: 'Revoke the key in the Nylas dashboard (your application → API keys), then read a new one from the environment (NYLAS_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`NYLAS_API_KEY=${generate.alnum(30)}`, `nylas key: ${generate.alnum(30)}`],
      ignores: (generate) => [`api_key = ${generate.alnum(30)}`, `NYLAS_API_KEY=${generate.alnum(16)}`],
    },
  }),
];
