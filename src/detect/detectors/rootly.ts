import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const rootlyDetectors: readonly Detector[] = [
  // Rootly API keys (docs.rootly.com "API keys"): "rootly_" + 64 hex.
  prefixedToken({
    id: 'rootly-api-key',
    description: 'Rootly API key',
    prefixes: ['rootly_'],
    charset: 'a-f0-9',
    length: 64,
    minEntropy: 3,
    fix: 'Revoke the key in Rootly (Organization settings → API keys), then read a new one from the ROOTLY_API_TOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`rootly_${generate.hex(64)}`, `ROOTLY_API_TOKEN="rootly_${generate.hex(64)}"`],
      ignores: (generate) => [`rootly_${generate.hex(32)}`, 'ROOTLY_API_TOKEN=rootly_<token>'],
    },
  }),
];
