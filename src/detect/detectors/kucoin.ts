import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Delete the API key in KuCoin (API Management), then create a new one restricted by IP and keep it in your secret manager.';

export const kucoinDetectors: readonly Detector[] = [
  assignedToken({
    id: 'kucoin-api-secret',
    description: 'KuCoin API secret assigned to a kucoin-named setting',
    keywords: ['kucoin'],
    // KuCoin API keys ("Authentication"): a 24-hex key, a UUID secret and a passphrase; a kucoin name must precede the secret.
    name: 'kucoin[A-Za-z0-9_.-]{0,30}',
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`KUCOIN_API_SECRET=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `kucoin.apiSecret: "${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `KUCOIN_API_SECRET=${generate.hex(8)}-${generate.hex(4)}`],
    },
  }),
];
