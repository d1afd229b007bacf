import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Disable the token on clojars.org (Dashboard → Deploy Tokens), then create a scoped one and keep it in your CI secrets.';

export const clojarsDetectors: readonly Detector[] = [
  // Clojars deploy tokens ("Deploy tokens"): "CLOJARS_" + 60 lowercase hex.
  prefixedToken({
    id: 'clojars-deploy-token',
    description: 'Clojars deploy token',
    prefixes: ['CLOJARS_'],
    charset: 'a-z0-9',
    length: 60,
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`CLOJARS_${generate.hex(60)}`, `CLOJARS_PASSWORD=CLOJARS_${generate.hex(60)}`],
      ignores: (generate) => [`CLOJARS_${generate.hex(20)}`, `CLOJARS_USERNAME=someone`],
    },
  }),
];
