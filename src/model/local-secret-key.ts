import type * as Crypto from 'node:crypto';

let processKey: Buffer | undefined;

/**
 * An identity of a rule and a secret that never leaves the process: HMAC-SHA-256 under a random key
 * made once per process and never written anywhere, so nothing printed or kept can be tested against
 * it. It lets a scan know a secret it has already reported (the same secret re-added by a later
 * commit) without holding the secret itself, or the long line it was cut from, until the end.
 */
export function localSecretKey(ruleId: string, secret: string): string {
  const { createHmac, randomBytes } = require('node:crypto') as typeof Crypto;
  processKey ??= randomBytes(32);
  return createHmac('sha256', processKey).update(ruleId).update('\0').update(secret).digest('base64');
}
