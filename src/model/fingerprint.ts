import type * as Crypto from 'node:crypto';

/**
 * A stable one-way identity for a finding: the rule and the secret, never its position, so that a
 * different secret on an allowed line is still a new finding and a moved secret is still the same.
 * node:crypto is loaded on the first finding: a clean commit never needs it.
 */
export function fingerprint(ruleId: string, secret: string): string {
  const { createHash } = require('node:crypto') as typeof Crypto;
  return createHash('sha256').update(ruleId).update('\0').update(secret).digest('hex').slice(0, 32);
}
