import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

/** The key is base62: a hex string (a cache-busting file name, favicon.ico-<hash>) holds no capitals. */
function hasMixedCase(secret: string): boolean {
  return /[A-Z]/.test(secret) && /[a-z]/.test(secret.slice(4));
}

const ROTATE = 'Rotate the key in Infracost Cloud (Org settings → API key), then read it from INFRACOST_API_KEY in your CI secrets.';

export const infracostDetectors: readonly Detector[] = [
  // Infracost API keys ("infracost auth login", INFRACOST_API_KEY): "ico-" + 32 base62 characters.
  prefixedToken({
    id: 'infracost-api-token',
    description: 'Infracost API key',
    prefixes: ['ico-'],
    charset: 'A-Za-z0-9',
    length: 32,
    notAfter: 'A-Za-z0-9_.',
    validate: hasMixedCase,
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`ico-${generate.alnum(32)}`, `INFRACOST_API_KEY=ico-${generate.alnum(32)}`],
      ignores: (generate) => [`ico-${generate.alnum(12)}`, `favicon-${generate.alnum(32)}`],
    },
  }),
];
