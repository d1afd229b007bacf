import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const fleetbaseDetectors: readonly Detector[] = [
  // Fleetbase API keys (docs.fleetbase.io): "flb_live_" or "flb_test_" + 20 alphanumerics; the length and alphabet as trufflehog's detector matches them.
  prefixedToken({
    id: 'fleetbase-api-key',
    description: 'Fleetbase API key',
    prefixes: ['flb_live_', 'flb_test_'],
    charset: 'A-Za-z0-9',
    length: 20,
    minEntropy: 3.5,
    fix: 'Delete the key in Fleetbase (Developers → API Keys), then read a new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`flb_live_${generate.alnum(20)}`, `FLEETBASE_KEY=flb_test_${generate.alnum(20)}`],
      ignores: (generate) => [`flb_live_${generate.alnum(10)}`, 'FLEETBASE_KEY=flb_live_xxxxxxxxxxxxxxxxxxxx'],
    },
  }),
];
