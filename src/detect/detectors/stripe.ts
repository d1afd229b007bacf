import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Roll the key at https://dashboard.stripe.com/apikeys (it can expire the old one at once), then read the new one from the STRIPE_SECRET_KEY environment variable or your secret manager.';

/**
 * Live-mode keys only: test-mode keys (sk_test_) reach no real money or customer data, and publishable
 * keys (pk_) are meant to be public, so reporting them would teach people to ignore the hook.
 */
function liveKey(id: string, prefix: string, description: string): Detector {
  // Stripe API keys: "sk_live_" (secret) or "rk_live_" (restricted) + 24 to about 100 base62 characters.
  return prefixedToken({
    id,
    description,
    prefixes: [prefix],
    charset: 'A-Za-z0-9',
    length: [24, 247],
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
  });
}

export const stripeDetectors: readonly Detector[] = [
  liveKey('stripe-restricted-key', 'rk_live_', 'Stripe live restricted API key'),
  liveKey('stripe-secret-key', 'sk_live_', 'Stripe live secret API key'),
  // Stripe webhook signing secrets ("Check the webhook signatures"): "whsec_" + 32 or more base62 characters (Svix-based services use the same prefix with base64).
  prefixedToken({
    id: 'stripe-webhook-secret',
    description: 'Stripe (or Svix) webhook signing secret',
    prefixes: ['whsec_'],
    charset: 'A-Za-z0-9+/',
    length: [32, 88],
    minEntropy: 4,
    fix: 'Roll the endpoint’s signing secret (Stripe Dashboard → Developers → Webhooks → the endpoint → Roll secret), then read it from the STRIPE_WEBHOOK_SECRET environment variable.',
    examples: {
      detects: (generate) => [`whsec_${generate.alnum(32)}`, `STRIPE_WEBHOOK_SECRET=whsec_${generate.base64(43)}=`],
      ignores: (generate) => [`whsec_${generate.alnum(12)}`, 'STRIPE_WEBHOOK_SECRET=whsec_...'],
    },
  }),
];
