import type { Detector, SampleGenerator } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Rotate it in the Shopify admin (Settings → Apps and sales channels → Develop apps → API credentials) or the Partner Dashboard, then load it from the environment or your secret manager.';

/** A token body's alphabet: the class for the pattern and a generator of bodies drawn from it. */
interface Body {
  readonly charset: string;
  readonly generate: (generate: SampleGenerator, length: number) => string;
}

const HEX: Body = { charset: 'a-fA-F0-9', generate: (generate, length) => generate.hex(length) };
const ALPHANUMERIC: Body = { charset: 'a-zA-Z0-9', generate: (generate, length) => generate.alnum(length) };

function shopifyToken(id: string, prefix: string, description: string, body: Body = HEX): Detector {
  // Shopify developer changelog ("Length of the Shopify access token is increasing", "App secret key length has increased"): a 6-character type prefix (shpat_, shpca_, shppa_, shpss_) + the 32 characters of the old token.
  return prefixedToken({
    id,
    description,
    prefixes: [prefix],
    charset: body.charset,
    length: 32,
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`${prefix}${body.generate(generate, 32)}`, `SHOPIFY_ACCESS_TOKEN=${prefix}${body.generate(generate, 32)}`],
      ignores: (generate) => [
        `${prefix}${body.generate(generate, 20)}`,
        `${prefix}${body.generate(generate, 40)}`,
        ...(body === HEX ? [`${prefix}${generate.chars('ghijklmnop', 32)}`] : []),
      ],
    },
  });
}

export const shopifyDetectors: readonly Detector[] = [
  shopifyToken('shopify-access-token', 'shpat_', 'Shopify Admin API access token'),
  shopifyToken('shopify-custom-app-token', 'shpca_', 'Shopify custom app access token'),
  shopifyToken('shopify-private-app-token', 'shppa_', 'Shopify private app access token'),
  // App secrets: the changelog fixes the length, not the alphabet; letters and digits, as secretlint's Shopify rule reads them.
  shopifyToken('shopify-shared-secret', 'shpss_', 'Shopify app shared secret', ALPHANUMERIC),
];
