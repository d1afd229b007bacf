import { createHash } from 'node:crypto';
import { builtInDetectors, builtInFileDetectors } from '../../src/detect/registry';

/** A fingerprint truncated below this many hex digits is not one (and would match by chance). */
const SHORTEST_FINGERPRINT = 8;
const ALGORITHMS = ['sha1', 'sha256', 'sha512', 'md5'];
const RULE_IDS = [...builtInDetectors.map((detector) => detector.id), ...builtInFileDetectors.map((detector) => detector.id)];

/** The ways a tool would concatenate a rule id and a secret before hashing them. */
const CONCATENATIONS: readonly ((ruleId: string, secret: string) => string)[] = [
  (ruleId, secret) => ruleId + secret,
  (ruleId, secret) => `${ruleId}:${secret}`,
  (ruleId, secret) => `${ruleId}\0${secret}`,
  (ruleId, secret) => secret + ruleId,
];

/** Fast hashes of a secret, indexed by their first hex digits; built once per secret (about 4,000 digests). */
const hashesBySecret = new Map<string, Map<string, string[]>>();

function fastHashesOf(secret: string): Map<string, string[]> {
  let byPrefix = hashesBySecret.get(secret);
  if (byPrefix !== undefined) return byPrefix;
  byPrefix = new Map();
  const inputs = new Set([secret, ...RULE_IDS.flatMap((ruleId) => CONCATENATIONS.map((concatenate) => concatenate(ruleId, secret)))]);
  for (const input of inputs) {
    for (const algorithm of ALGORITHMS) {
      const digest = createHash(algorithm).update(input).digest('hex');
      const prefix = digest.slice(0, SHORTEST_FINGERPRINT);
      byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), digest]);
    }
  }
  hashesBySecret.set(secret, byPrefix);
  return byPrefix;
}

/**
 * Every run of hex digits in `output` that is a fast unsalted hash of the secret (SHA-1, SHA-256,
 * SHA-512 or MD5 of the secret alone or joined with any built-in rule id), whole or truncated to at
 * least 8 digits: a fingerprint that lets anyone test a guessed password in microseconds.
 */
export function fastHashesIn(secret: string, output: string): string[] {
  const byPrefix = fastHashesOf(secret);
  const found: string[] = [];
  // A whole run between non-hex characters, as a report prints a fingerprint ("fingerprint …", JSON, SARIF).
  for (const [run] of output.matchAll(/(?<![0-9a-fA-F])[0-9a-fA-F]{8,}(?![0-9a-fA-F])/g)) {
    const hex = run.toLowerCase();
    if (byPrefix.get(hex.slice(0, SHORTEST_FINGERPRINT))?.some((digest) => digest.startsWith(hex)) === true) found.push(run);
  }
  return found;
}
