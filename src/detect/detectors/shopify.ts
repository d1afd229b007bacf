import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Rotate it in the Shopify admin (Settings → Apps and sales channels → Develop apps → API credentials) or the Partner Dashboard, then load it from the environment or your secret manager.';

function shopifyToken(id: string, prefix: string, description: string): Detector {
  // Shopify token formats: a 6-character type prefix (shpat_, shpca_, shppa_, shpss_) + 32 hex characters.
  return prefixedToken({
    id,
    description,
    prefixes: [prefix],
    charset: 'a-fA-F0-9',
    length: 32,
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`${prefix}${generate.hex(32)}`, `SHOPIFY_ACCESS_TOKEN=${prefix}${generate.hex(32)}`],
      ignores: (generate) => [`${prefix}${generate.hex(20)}`, `${prefix}${generate.chars('ghijklmnop', 32)}`],
    },
  });
}

export const shopifyDetectors: readonly Detector[] = [
  shopifyToken('shopify-access-token', 'shpat_', 'Shopify Admin API access token'),
  shopifyToken('shopify-custom-app-token', 'shpca_', 'Shopify custom app access token'),
  shopifyToken('shopify-private-app-token', 'shppa_', 'Shopify private app access token'),
  shopifyToken('shopify-shared-secret', 'shpss_', 'Shopify app shared secret'),
];
