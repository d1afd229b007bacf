import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const dwollaDetectors: readonly Detector[] = [
  assignedToken({
    id: 'dwolla-api-secret',
    description: 'Dwolla API secret assigned to a dwolla-named setting',
    keywords: ['dwolla'],
    // Dwolla application keys and secrets (developers.dwolla.com): 50 alphanumerics each, with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('dwolla'),
    value: '[A-Za-z0-9]{50}',
    minEntropy: 4,
    fix: 'Revoke the secret in Dwolla (Dashboard → Applications), then read a new one from the DWOLLA_API_SECRET environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`DWOLLA_API_SECRET=${generate.alnum(50)}`, `dwolla_secret: "${generate.alnum(50)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(50)}`, `DWOLLA_API_SECRET=${generate.alnum(25)}`, `DWOLLA_API_ACCOUNT_ID=${generate.alnum(50)}`],
    },
  }),
];
