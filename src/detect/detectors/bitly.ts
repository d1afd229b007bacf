import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const bitlyDetectors: readonly Detector[] = [
  assignedToken({
    id: 'bitly-access-token',
    description: 'Bitly access token assigned to a bitly-named setting',
    keywords: ['bitly'],
    // Bitly generic access tokens (dev.bitly.com, Bearer): 40 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('bitly'),
    value: '[a-f0-9]{40}',
    minEntropy: 3,
    fix: 'Revoke the token in Bitly (Settings → Developer settings → API), then read a new one from the BITLY_ACCESS_TOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`BITLY_ACCESS_TOKEN=${generate.hex(40)}`, `bitly_token: "${generate.hex(40)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(40)}`, `BITLY_ACCESS_TOKEN=${generate.hex(20)}`, `BITLY_ACCESS_ACCOUNT_ID=${generate.hex(40)}`],
    },
  }),
];
