import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const neonDetectors: readonly Detector[] = [
  // Neon API keys ("Manage API keys"): "napi_" + 64 lower-case alphanumerics.
  prefixedToken({
    id: 'neon-api-key',
    description: 'Neon (serverless Postgres) API key',
    prefixes: ['napi_'],
    charset: 'a-z0-9',
    length: 64,
    minEntropy: 4,
    fix: 'Revoke the key in the Neon console (Account settings → API keys), then read a new one from the NEON_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`napi_${generate.lowerAlnum(64)}`, `NEON_API_KEY=napi_${generate.lowerAlnum(64)}`],
      ignores: (generate) => [`napi_${generate.lowerAlnum(20)}`, `napi_${generate.lowerAlnum(80)}`],
    },
  }),
];
