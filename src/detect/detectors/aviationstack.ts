import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const aviationstackDetectors: readonly Detector[] = [
  assignedToken({
    id: 'aviationstack-access-key',
    description: 'aviationstack access key assigned to an aviationstack-named setting',
    keywords: ['aviationstack'],
    // aviationstack access keys (aviationstack.com/documentation, the access_key parameter): 32 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('aviationstack'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the key in aviationstack (Dashboard → Your API access key), then read a new one from the AVIATIONSTACK_ACCESS_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`AVIATIONSTACK_ACCESS_KEY=${generate.hex(32)}`, `aviationstack_key: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `AVIATIONSTACK_ACCESS_KEY=${generate.hex(16)}`, `AVIATIONSTACK_ACCESS_ACCOUNT_ID=${generate.hex(32)}`],
    },
  }),
];
