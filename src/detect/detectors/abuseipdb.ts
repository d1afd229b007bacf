import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const abuseipdbDetectors: readonly Detector[] = [
  assignedToken({
    id: 'abuseipdb-api-key',
    description: 'AbuseIPDB API key assigned to an abuseipdb-named setting',
    keywords: ['abuseipdb'],
    // AbuseIPDB API v2 keys (docs.abuseipdb.com, the Key header): 80 lower-case alphanumerics with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('abuseipdb'),
    value: '[a-z0-9]{80}',
    minEntropy: 4,
    fix: 'Revoke the key in AbuseIPDB (Account → API), then read a new one from the ABUSEIPDB_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`ABUSEIPDB_API_KEY=${generate.lowerAlnum(80)}`, `abuseipdb_key: "${generate.lowerAlnum(80)}"`],
      ignores: (generate) => [`api_key = ${generate.lowerAlnum(80)}`, `ABUSEIPDB_API_KEY=${generate.lowerAlnum(40)}`, `ABUSEIPDB_API_ACCOUNT_ID=${generate.lowerAlnum(80)}`],
    },
  }),
];
