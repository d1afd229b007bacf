import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const smartsheetDetectors: readonly Detector[] = [
  assignedToken({
    id: 'smartsheet-access-token',
    description: 'Smartsheet API access token',
    keywords: ['smartsheet'],
    // Smartsheet API access tokens (smartsheet.redoc.ly "Authentication"): 37 base62 characters.
    name: providerSetting('smartsheet'),
    value: '[A-Za-z0-9]{37}',
    minEntropy: 3,
    fix: 'Revoke the token in Smartsheet (Account → Apps & Integrations → API Access), then read a new one from the environment (SMARTSHEET_ACCESS_TOKEN) or your secret manager.',
    examples: {
      detects: (generate) => [`SMARTSHEET_ACCESS_TOKEN=${generate.alnum(37)}`, `smartsheet token: ${generate.alnum(37)}`],
      ignores: (generate) => [`api_key = ${generate.alnum(37)}`, `SMARTSHEET_ACCESS_TOKEN=${generate.alnum(16)}`],
    },
  }),
];
