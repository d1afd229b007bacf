import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const shippoDetectors: readonly Detector[] = [
  // Shippo API tokens ("Authentication"): "shippo_live_" or "shippo_test_" + 40 hex; only live tokens buy labels.
  prefixedToken({
    id: 'shippo-live-api-token',
    description: 'Shippo live API token',
    prefixes: ['shippo_live_'],
    charset: 'a-fA-F0-9',
    length: 40,
    minEntropy: 3.2,
    fix: 'Regenerate the live token in Shippo (Settings → Advanced → API), then read it from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`shippo_live_${generate.hex(40)}`, `SHIPPO_API_KEY=shippo_live_${generate.hex(40)}`],
      ignores: (generate) => [`shippo_test_${generate.hex(40)}`, `shippo_live_${generate.hex(20)}`],
    },
  }),
];
