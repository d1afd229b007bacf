import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const ip2locationDetectors: readonly Detector[] = [
  assignedToken({
    id: 'ip2location-api-key',
    description: 'IP2Location API key assigned to an ip2location-named setting',
    keywords: ['ip2location'],
    // IP2Location.io API keys (ip2location.io/ip2location-documentation, key=): 32 upper-case alphanumerics with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('ip2location'),
    value: '[A-Z0-9]{32}',
    minEntropy: 3.5,
    fix: 'Revoke the key in IP2Location (Dashboard → API key), then read a new one from the IP2LOCATION_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`IP2LOCATION_API_KEY=${generate.upperAlnum(32)}`, `ip2location_key: "${generate.upperAlnum(32)}"`],
      ignores: (generate) => [`api_key = ${generate.upperAlnum(32)}`, `IP2LOCATION_API_KEY=${generate.upperAlnum(16)}`, `IP2LOCATION_API_ACCOUNT_ID=${generate.upperAlnum(32)}`],
    },
  }),
];
