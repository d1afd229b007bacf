import type { Detector } from '../detector';

export const braintreeDetectors: readonly Detector[] = [
  {
    id: 'braintree-access-token',
    description: 'Braintree (PayPal) production access token',
    keywords: ['access_token$production$'],
    // Braintree SDK access tokens (developer.paypal.com, "Braintree access token"): "access_token$production$<merchant id>$<32 hex>"; sandbox tokens move no money.
    pattern: /(?<![A-Za-z0-9_])(?<secret>access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
    fix: 'Revoke the token in the PayPal developer dashboard (or the Braintree Control Panel → API → API keys), then read a new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [
        `access_token$production$${generate.lowerAlnum(16)}$${generate.hex(32)}`,
        `BRAINTREE_ACCESS_TOKEN="access_token$production$${generate.lowerAlnum(16)}$${generate.hex(32)}"`,
      ],
      ignores: (generate) => [`access_token$sandbox$${generate.lowerAlnum(16)}$${generate.hex(32)}`, `access_token$production$${generate.lowerAlnum(16)}$${generate.hex(12)}`],
    },
  },
];
