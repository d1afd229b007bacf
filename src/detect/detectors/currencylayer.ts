import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const currencylayerDetectors: readonly Detector[] = [
  assignedToken({
    id: 'currencylayer-access-key',
    description: 'currencylayer access key assigned to a currencylayer-named setting',
    keywords: ['currencylayer'],
    // currencylayer access keys (currencylayer.com/documentation, access_key=): 32 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('currencylayer'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the key in currencylayer (Dashboard → Your API Access Key: reset), then read a new one from the CURRENCYLAYER_ACCESS_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`CURRENCYLAYER_ACCESS_KEY=${generate.hex(32)}`, `currencylayer_key: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `CURRENCYLAYER_ACCESS_KEY=${generate.hex(16)}`, `CURRENCYLAYER_ACCESS_ACCOUNT_ID=${generate.hex(32)}`],
    },
  }),
];
