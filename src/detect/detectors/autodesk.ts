import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const autodeskDetectors: readonly Detector[] = [
  assignedToken({
    id: 'autodesk-client-secret',
    description: 'Autodesk client secret assigned to an autodesk-named setting',
    keywords: ['autodesk'],
    // Autodesk Platform Services app credentials (aps.autodesk.com): a 16-character alphanumeric client secret beside a 32-character client id, with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('autodesk'),
    value: '[A-Za-z0-9]{16}',
    minEntropy: 3,
    fix: 'Revoke the secret in Autodesk (the APS app\'s General Settings → Client Secret), then read a new one from the AUTODESK_CLIENT_SECRET environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`AUTODESK_CLIENT_SECRET=${generate.alnum(16)}`, `autodesk_secret: "${generate.alnum(16)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(16)}`, `AUTODESK_CLIENT_SECRET=${generate.alnum(8)}`, `AUTODESK_CLIENT_ACCOUNT_ID=${generate.alnum(16)}`],
    },
  }),
];
