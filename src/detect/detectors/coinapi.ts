import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const coinapiDetectors: readonly Detector[] = [
  assignedToken({
    id: 'coinapi-api-key',
    description: 'CoinAPI key assigned to a coinapi-named setting',
    keywords: ['coinapi'],
    // CoinAPI keys (docs.coinapi.io, X-CoinAPI-Key): an upper-case UUID with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('coinapi'),
    value: '[A-F0-9]{8}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{12}',
    minEntropy: 3,
    fix: 'Revoke the key in CoinAPI (the customer portal → API Keys), then read a new one from the COINAPI_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`COINAPI_KEY=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `coinapi_key: "${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `COINAPI_KEY=${generate.hex(16)}`, `COINAPI_ACCOUNT_ID=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
    },
  }),
];
