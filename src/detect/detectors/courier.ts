import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const courierDetectors: readonly Detector[] = [
  // Courier API keys (courier.com/docs): "pk_prod_" or "pk_test_" + 28 alphanumerics, sent as a Bearer token; the length and alphabet as trufflehog's detector matches them.
  prefixedToken({
    id: 'courier-auth-token',
    description: 'Courier API auth token',
    prefixes: ['pk_prod_', 'pk_test_'],
    charset: 'A-Za-z0-9',
    length: 28,
    minEntropy: 3.5,
    fix: 'Rotate the key in Courier (Settings → API Keys), then read a new one from the COURIER_AUTH_TOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`pk_prod_${generate.upperAlnum(28)}`, `COURIER_AUTH_TOKEN=pk_test_${generate.alnum(28)}`],
      ignores: (generate) => [`pk_prod_${generate.upperAlnum(12)}`, 'COURIER_AUTH_TOKEN=pk_prod_XXXXXXXXXXXXXXXXXXXXXXXXXXXX'],
    },
  }),
];
