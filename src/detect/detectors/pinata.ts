import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const pinataDetectors: readonly Detector[] = [
  assignedToken({
    id: 'pinata-api-secret',
    description: 'Pinata (IPFS) API secret',
    keywords: ['pinata'],
    // Pinata API keys (docs.pinata.cloud "API keys"): a 20-hex API key and a 64-hex API secret (the JWT has its own rule).
    name: providerSetting('pinata'),
    value: '[a-f0-9]{64}',
    minEntropy: 3,
    fix: 'Revoke the key in Pinata (API Keys), then read a new one from the environment (PINATA_API_SECRET, PINATA_JWT) or your secret manager.',
    examples: {
      detects: (generate) => [`PINATA_SECRET_API_KEY=${generate.hex(64)}`, `pinata secret: ${generate.hex(64)}`],
      ignores: (generate) => [`api_secret = ${generate.hex(64)}`, `PINATA_API_KEY=${generate.hex(20)}`],
    },
  }),
];
