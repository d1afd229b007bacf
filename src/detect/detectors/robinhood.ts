import type { Detector } from '../detector';

export const robinhoodDetectors: readonly Detector[] = [
  {
    id: 'robinhood-crypto-api-key',
    description: 'Robinhood Crypto trading API key',
    keywords: ['rh-api-'],
    // Robinhood Crypto trading API (docs.robinhood.com/crypto/trading "Authentication"): "rh-api-" + a UUID;
    // requests are signed with an Ed25519 key kept beside it.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>rh-api-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    fix: 'Delete the credential in Robinhood (Settings → Crypto → API trading), then read a new key and private key from your secret manager.',
    examples: {
      detects: (generate) => [`rh-api-${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
      ignores: (generate) => [`rh-api-${generate.hex(8)}-${generate.hex(4)}`, 'API_KEY=rh-api-<your-key>'],
    },
  },
];
