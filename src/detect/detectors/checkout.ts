import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const checkoutDetectors: readonly Detector[] = [
  // Checkout.com secret keys of the classic platform (checkout.com/docs): "sk_" (live) or "sk_test_" (sandbox) + a UUID; the length and alphabet as trufflehog's detector matches them.
  prefixedToken({
    id: 'checkout-secret-key',
    description: 'Checkout.com secret key',
    prefixes: ['sk_test_', 'sk_'],
    charset: 'a-fA-F0-9-',
    length: 36,
    minEntropy: 3,
    validate: (secret) => /_[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(secret),
    fix: 'Revoke the key in the Checkout.com Dashboard (Developers → Keys), then read a new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`sk_${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `CHECKOUT_SECRET_KEY=sk_test_${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
      ignores: (generate) => [`sk_${generate.hex(36)}`, `sk_test_${generate.hex(8)}-${generate.hex(4)}`],
    },
  }),
];
