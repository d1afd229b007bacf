import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const censysDetectors: readonly Detector[] = [
  assignedToken({
    id: 'censys-api-secret',
    description: 'Censys API secret assigned to a censys-named setting',
    keywords: ['censys'],
    // Censys Search API secrets (search.censys.io/api): 32 alphanumerics with no marker, beside a UUID API id; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('censys'),
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3.5,
    fix: 'Revoke the secret in Censys (Account → API → Reset API secret), then read a new one from the CENSYS_API_SECRET environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`CENSYS_API_SECRET=${generate.alnum(32)}`, `censys_secret: "${generate.alnum(32)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(32)}`, `CENSYS_API_SECRET=${generate.alnum(16)}`, `CENSYS_API_ACCOUNT_ID=${generate.alnum(32)}`],
    },
  }),
];
