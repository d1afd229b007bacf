import type { Detector } from '../detector';

const ROTATE = 'Roll the key at https://dashboard.stripe.com/apikeys (it can expire the old one at once), then read the new one from the STRIPE_SECRET_KEY environment variable or your secret manager.';

/**
 * Live-mode keys only: test-mode keys (sk_test_) reach no real money or customer data, and publishable
 * keys (pk_) are meant to be public, so reporting them would teach people to ignore the hook.
 */
function liveKey(id: string, prefix: string, description: string): Detector {
  return {
    id,
    description,
    keywords: [prefix],
    // Stripe API keys: "sk_live_" (secret) or "rk_live_" (restricted) + 24 to about 100 base62 characters.
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?<secret>${prefix}[A-Za-z0-9]{24,247})(?![A-Za-z0-9])`),
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`${prefix}${generate.alnum(24)}`, `STRIPE_SECRET_KEY=${prefix}${generate.alnum(99)}`],
      ignores: (generate) => [
        prefix.replace('live', 'test') + generate.alnum(99),
        `pk_live_${generate.alnum(99)}`,
        `${prefix}${generate.alnum(10)}`,
      ],
    },
  };
}

export const stripeDetectors: readonly Detector[] = [
  liveKey('stripe-restricted-key', 'rk_live_', 'Stripe live restricted API key'),
  liveKey('stripe-secret-key', 'sk_live_', 'Stripe live secret API key'),
];
