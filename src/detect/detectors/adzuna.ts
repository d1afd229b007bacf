import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const adzunaDetectors: readonly Detector[] = [
  assignedToken({
    id: 'adzuna-app-key',
    description: 'Adzuna app key assigned to an adzuna-named setting',
    keywords: ['adzuna'],
    // Adzuna API (developer.adzuna.com): app_key, 32 lower-case alphanumerics with no marker, sent beside an 8-character app_id; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('adzuna'),
    value: '[a-z0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the key in Adzuna (Dashboard → API access details), then read a new one from the ADZUNA_APP_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`ADZUNA_APP_KEY=${generate.hex(32)}`, `adzuna_key: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `ADZUNA_APP_KEY=${generate.hex(16)}`, `ADZUNA_APP_ACCOUNT_ID=${generate.hex(32)}`],
    },
  }),
];
