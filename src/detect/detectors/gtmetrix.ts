import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const gtmetrixDetectors: readonly Detector[] = [
  assignedToken({
    id: 'gtmetrix-api-key',
    description: 'GTmetrix API key assigned to a gtmetrix-named setting',
    keywords: ['gtmetrix'],
    // GTmetrix API keys (gtmetrix.com/api/docs, Basic username): 32 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('gtmetrix'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the key in GTmetrix (Account → API Key), then read a new one from the GTMETRIX_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`GTMETRIX_API_KEY=${generate.hex(32)}`, `gtmetrix_key: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `GTMETRIX_API_KEY=${generate.hex(16)}`, `GTMETRIX_API_ACCOUNT_ID=${generate.hex(32)}`],
    },
  }),
];
