import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const ipapiDetectors: readonly Detector[] = [
  assignedToken({
    id: 'ipapi-access-key',
    description: 'ipapi access key assigned to an ipapi-named setting',
    keywords: ['ipapi'],
    // ipapi.com access keys (ipapi.com/documentation, access_key=): 32 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('ipapi'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the key in ipapi (Dashboard → Your API Access Key), then read a new one from the IPAPI_ACCESS_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`IPAPI_ACCESS_KEY=${generate.hex(32)}`, `ipapi_key: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `IPAPI_ACCESS_KEY=${generate.hex(16)}`, `IPAPI_ACCESS_ACCOUNT_ID=${generate.hex(32)}`],
    },
  }),
];
