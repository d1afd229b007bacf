import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

export const coinbaseDetectors: readonly Detector[] = [
  assignedToken({
    id: 'coinbase-api-secret',
    description: 'Coinbase API secret assigned to a coinbase secret setting',
    keywords: ['coinbase'],
    // Coinbase API secrets: legacy keys 32 characters, CDP Ed25519 keys 64 bytes in base64 (88 characters); no marker, so the name must say coinbase and secret (ECDSA CDP keys are PEM, found by the private-key rules).
    name: 'coinbase[A-Za-z0-9_.-]{0,30}secret(?:[_.-]?key)?',
    value: '[A-Za-z0-9+/]{32,88}={0,2}',
    minEntropy: 4,
    fix: 'Delete the API key in Coinbase (Settings → API, or the CDP portal → API keys) and create a new one with the fewest permissions; read it from your secret manager.',
    examples: {
      detects: (generate) => [`COINBASE_API_SECRET=${generate.alnum(32)}`, `coinbase_api_secret: "${generate.base64(86)}=="`],
      ignores: (generate) => [`COINBASE_API_KEY=${generate.alnum(16)}`, `api_secret = ${generate.alnum(32)}`],
    },
  }),
];
