import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const getresponseDetectors: readonly Detector[] = [
  assignedToken({
    id: 'getresponse-api-key',
    description: 'GetResponse API key assigned to a getresponse-named setting',
    keywords: ['getresponse'],
    // GetResponse API keys (apidocs.getresponse.com, "X-Auth-Token: api-key …"): 32 lower-case alphanumerics with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('getresponse'),
    value: '[a-z0-9]{32}',
    minEntropy: 3.5,
    fix: 'Revoke the key in GetResponse (Tools → Integrations and API → API), then read a new one from the GETRESPONSE_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`GETRESPONSE_API_KEY=${generate.lowerAlnum(32)}`, `getresponse_key: "${generate.lowerAlnum(32)}"`],
      ignores: (generate) => [`api_key = ${generate.lowerAlnum(32)}`, `GETRESPONSE_API_KEY=${generate.lowerAlnum(16)}`, `GETRESPONSE_API_ACCOUNT_ID=${generate.lowerAlnum(32)}`],
    },
  }),
];
