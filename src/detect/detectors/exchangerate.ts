import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const exchangerateDetectors: readonly Detector[] = [
  assignedToken({
    id: 'exchangerate-api-key',
    description: 'ExchangeRate-API key assigned to an exchangerate_api-named setting',
    keywords: ['exchangerate_api', 'exchangerateapi', 'exchange_rate_api', 'exchangerate-api'],
    // ExchangeRate-API keys (exchangerate-api.com/docs, the key in the URL path): 24 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    // A bare exchange_rate name often holds a database id (a MongoDB ObjectId is 24 hex too), so the name must say api.
    name: providerSettingName('exchangerate_api|exchangerateapi|exchange_rate_api|exchangerate-api'),
    value: '[a-f0-9]{24}',
    minEntropy: 3,
    fix: 'Revoke the key in ExchangeRate (Dashboard → API Key), then read a new one from the EXCHANGERATE_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`EXCHANGERATE_API_KEY=${generate.hex(24)}`, `exchangerate_api_key: "${generate.hex(24)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(24)}`, `EXCHANGERATE_API_KEY=${generate.hex(12)}`, `EXCHANGERATE_API_ACCOUNT_ID=${generate.hex(24)}`, `"exchangeRate": "${generate.hex(24)}"`],
    },
  }),
];
