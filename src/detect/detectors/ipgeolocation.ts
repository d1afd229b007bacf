import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const ipgeolocationDetectors: readonly Detector[] = [
  assignedToken({
    id: 'ipgeolocation-api-key',
    description: 'IPGeolocation API key assigned to an ipgeolocation-named setting',
    keywords: ['ipgeolocation'],
    // ipgeolocation.io API keys (ipgeolocation.io/documentation, apiKey=): 32 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('ipgeolocation'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the key in IPGeolocation (Dashboard → API Keys), then read a new one from the IPGEOLOCATION_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`IPGEOLOCATION_API_KEY=${generate.hex(32)}`, `ipgeolocation_key: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `IPGEOLOCATION_API_KEY=${generate.hex(16)}`, `IPGEOLOCATION_API_ACCOUNT_ID=${generate.hex(32)}`],
    },
  }),
];
