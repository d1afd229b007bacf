import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const ipstackDetectors: readonly Detector[] = [
  assignedToken({
    id: 'ipstack-access-key',
    description: 'ipstack access key assigned to an ipstack-named setting',
    keywords: ['ipstack'],
    // ipstack access keys (ipstack.com/documentation, access_key=): 32 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('ipstack'),
    value: '[a-fA-F0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the key in ipstack (Dashboard → Your API Access Key: reset), then read a new one from the IPSTACK_ACCESS_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`IPSTACK_ACCESS_KEY=${generate.hex(32)}`, `ipstack_key: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `IPSTACK_ACCESS_KEY=${generate.hex(16)}`, `IPSTACK_ACCESS_ACCOUNT_ID=${generate.hex(32)}`],
    },
  }),
];
