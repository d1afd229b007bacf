import type { Detector } from '../detector';

export const rechargeDetectors: readonly Detector[] = [
  {
    id: 'recharge-api-token',
    description: 'Recharge (subscription payments) API token',
    keywords: ['sk_1x', 'sk_2x', 'sk_3x', 'sk_5x', 'sk_10x', 'sk_test_'],
    // Recharge API tokens (developer.rechargepayments.com "API keys"): "sk_" ["test_"] + the scope tier
    // (1x1 … 10x3) + "_" + 64 hex.
    pattern: /(?<![A-Za-z0-9_])(?<secret>sk_(?:test_)?(?:1|2|3|5|10)x[123]_[0-9a-fA-F]{64})(?![A-Za-z0-9_])/,
    minEntropy: 3,
    fix: 'Delete the token in the Recharge merchant portal (Apps → API tokens), then read a new one from the X-Recharge-Access-Token source in your secret manager.',
    examples: {
      detects: (generate) => [`sk_1x1_${generate.hex(64)}`, `X-Recharge-Access-Token: sk_test_2x2_${generate.hex(64)}`],
      ignores: (generate) => [`sk_1x1_${generate.hex(32)}`, `sk_4x1_${generate.hex(64)}`],
    },
  },
];
