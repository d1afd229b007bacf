import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const bitfinexDetectors: readonly Detector[] = [
  assignedToken({
    id: 'bitfinex-api-secret',
    description: 'Bitfinex API secret assigned to a bitfinex-named setting',
    keywords: ['bitfinex'],
    // Bitfinex API keys and secrets (docs.bitfinex.com): 43 URL-safe base64 characters each, with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('bitfinex'),
    value: '[A-Za-z0-9_-]{43}',
    minEntropy: 4,
    fix: 'Revoke the secret in Bitfinex (Account → API Keys), then read a new one from the BITFINEX_API_SECRET environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`BITFINEX_API_SECRET=${generate.base64url(43)}`, `bitfinex_secret: "${generate.base64url(43)}"`],
      ignores: (generate) => [`api_key = ${generate.base64url(43)}`, `BITFINEX_API_SECRET=${generate.base64url(20)}`, `BITFINEX_API_ACCOUNT_ID=${generate.base64url(43)}`],
    },
  }),
];
