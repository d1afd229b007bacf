import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const edamamDetectors: readonly Detector[] = [
  assignedToken({
    id: 'edamam-app-key',
    description: 'Edamam app key assigned to an edamam-named setting',
    keywords: ['edamam'],
    // Edamam application keys (developer.edamam.com, app_key=): 32 hex characters with no marker, beside an 8-character app_id; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('edamam'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the key in Edamam (Dashboard → Applications → the application), then read a new one from the EDAMAM_APP_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`EDAMAM_APP_KEY=${generate.hex(32)}`, `edamam_key: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `EDAMAM_APP_KEY=${generate.hex(16)}`, `EDAMAM_APP_ACCOUNT_ID=${generate.hex(32)}`],
    },
  }),
];
