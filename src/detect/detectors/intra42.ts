import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Generate a new secret for the application on the 42 intranet (profile.intra.42.fr → API → your app → Replace secret), then read it from the environment.';

export const intra42Detectors: readonly Detector[] = [
  // 42 Intra (api.intra.42.fr) application secrets: "s-s4t2ud-" (user apps) or "s-s4t2af-" + 64 hex.
  prefixedToken({
    id: 'intra42-client-secret',
    description: '42 Intra API application client secret',
    prefixes: ['s-s4t2ud-', 's-s4t2af-'],
    charset: 'a-f0-9',
    length: 64,
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`s-s4t2ud-${generate.hex(64)}`, `FT_CLIENT_SECRET=s-s4t2af-${generate.hex(64)}`],
      ignores: (generate) => [`s-s4t2ud-${generate.hex(30)}`, `u-s4t2ud-${generate.hex(64)}`],
    },
  }),
];
