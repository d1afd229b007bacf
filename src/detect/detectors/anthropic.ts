import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Delete the key at https://console.anthropic.com/settings/keys (Admin keys: Settings → Admin keys), then read a new one from the ANTHROPIC_API_KEY environment variable or your secret manager.';

/** Anthropic keys: a versioned prefix and about 95 base64url characters. */
function anthropicKey(id: string, prefix: string, description: string): Detector {
  // Anthropic documents the prefixes (sk-ant-api03-, sk-ant-admin01-); keys seen in the wild carry 93 base64url characters and "AA" after them.
  return prefixedToken({
    id,
    description,
    prefixes: [prefix],
    charset: 'A-Za-z0-9_-',
    length: [80, 120],
    notAfter: 'A-Za-z0-9_-',
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`${prefix}${generate.base64url(93)}AA`, `ANTHROPIC_API_KEY=${prefix}${generate.base64url(93)}AA`],
      ignores: (generate) => [`${prefix}${generate.base64url(40)}`, `Keys look like ${prefix}… and are shown once.`],
    },
  });
}

export const anthropicDetectors: readonly Detector[] = [
  anthropicKey('anthropic-admin-key', 'sk-ant-admin01-', 'Anthropic Admin API key'),
  anthropicKey('anthropic-api-key', 'sk-ant-api03-', 'Anthropic API key'),
];
