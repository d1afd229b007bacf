import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const spectralopsDetectors: readonly Detector[] = [
  // SpectralOps (Check Point) personal tokens (guides.spectralops.io "Personal token"): "spu-" + 32 lower-case hex.
  prefixedToken({
    id: 'spectralops-token',
    description: 'SpectralOps personal token',
    prefixes: ['spu-'],
    charset: 'a-z0-9',
    length: 32,
    minEntropy: 3,
    fix: 'Revoke the token in SpectralOps (Settings → Personal token), then read a new one from the SPECTRAL_DSN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`spu-${generate.hex(32)}`, `SPECTRAL_TOKEN=spu-${generate.lowerAlnum(32)}`],
      ignores: (generate) => [`spu-${generate.hex(16)}`, 'SPECTRAL_TOKEN=spu-xxxx'],
    },
  }),
];
