import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const cryptocompareDetectors: readonly Detector[] = [
  assignedToken({
    id: 'cryptocompare-api-key',
    description: 'CryptoCompare API key assigned to a cryptocompare-named setting',
    keywords: ['cryptocompare'],
    // CryptoCompare API keys (developers.cryptocompare.com, "Authorization: Apikey …"): 64 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('cryptocompare'),
    value: '[a-f0-9]{64}',
    minEntropy: 3,
    fix: 'Revoke the key in CryptoCompare (the account → API Keys), then read a new one from the CRYPTOCOMPARE_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`CRYPTOCOMPARE_API_KEY=${generate.hex(64)}`, `cryptocompare_key: "${generate.hex(64)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(64)}`, `CRYPTOCOMPARE_API_KEY=${generate.hex(32)}`, `CRYPTOCOMPARE_API_ACCOUNT_ID=${generate.hex(64)}`],
    },
  }),
];
