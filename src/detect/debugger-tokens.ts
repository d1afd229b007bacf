import type * as Crypto from 'node:crypto';

/**
 * The keys jwt.io's debugger signs its HS256, HS384 and HS512 examples with, shown beside the token for
 * anyone to paste (github.com/jsonwebtoken/jsonwebtoken.github.io, src/features/common/values/
 * default-tokens.values.ts). They are kept as written, not as digests: checking a signature needs the
 * key. A token one of them signs is the debugger's example, or one made from it, whatever its claims:
 * it proves nothing to any server but one that trusts a published key. The debugger's earlier keys
 * ("your-256-bit-secret", before 2024) are left out: the peers' suites count the token it signed,
 * copied into countless tutorials and tests, as a secret to find, and so it stays reported.
 */
const DEBUGGER_KEYS: readonly string[] = [
  'a-string-secret-at-least-256-bits-long',
  'a-valid-string-secret-that-is-at-least-384-bits-long',
  'a-valid-string-secret-that-is-at-least-512-bits-long-which-is-very-long',
];

/** The HMAC algorithm a JWT's header names (RFC 7518 §3.2: HS256, HS384, HS512), as node:crypto names its hash. */
function hmacHashOf(header: string): string | undefined {
  try {
    const alg: unknown = (JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: unknown }).alg;
    return typeof alg === 'string' && /^HS(?:256|384|512)$/.test(alg) ? `sha${alg.slice(2)}` : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `secret` is a JWT (RFC 7519: header.payload.signature, base64url) signed with one of the debugger's keys. */
export function isSignedWithDebuggerKey(secret: string): boolean {
  const parts = secret.split('.');
  if (parts.length !== 3 || !secret.startsWith('eyJ')) return false;
  const [header, payload, signature] = parts as [string, string, string];
  const hash = hmacHashOf(header);
  if (hash === undefined) return false;
  const { createHmac } = require('node:crypto') as typeof Crypto;
  return DEBUGGER_KEYS.some((key) => createHmac(hash, key).update(`${header}.${payload}`).digest('base64url') === signature);
}
