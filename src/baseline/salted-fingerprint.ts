import type * as Crypto from 'node:crypto';

/** scrypt's cost parameters (RFC 7914 §2): N the CPU/memory cost, r the block size, p the parallelism. */
export interface ScryptCost {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/** What a baseline file fixes for all its fingerprints: its random salt and its scrypt cost. */
export interface FingerprintKey {
  readonly salt: string;
  readonly cost: ScryptCost;
}

/**
 * The cost of baseline format version 1, which does not write one: 16 MiB, 27–35 ms per guess on one
 * core. Files written with it keep it, since a new cost changes every fingerprint.
 */
export const VERSION_1_COST: ScryptCost = { N: 2 ** 14, r: 8, p: 1 };

/**
 * The cost new baselines get. A baseline is committed and shared: its cost is what a guess at a
 * human password costs whoever reads it. N = 2^16 (64 MiB, 170 ms per guess) is four times version
 * 1's; measured on the development machine (README, "Security: what each identifier is") it keeps
 * `baseline create` on 200 secrets (37 s) and a hook run with a 200-entry baseline (0.34 s re-staging
 * one known secret) practical, where 2^17 doubles both again.
 */
export const NEW_BASELINE_COST: ScryptCost = { N: 2 ** 16, r: 8, p: 1 };

const FINGERPRINT_BYTES = 16;
/** scrypt's memory is about 128·N·r bytes (RFC 7914 §5); node refuses more than `maxmem` (32 MiB by default), so it is raised to fit. */
const memoryOf = (cost: ScryptCost): number => 128 * cost.N * cost.r + 16 * 1024 * 1024;

/**
 * The baseline's identity of a secret: scrypt of the rule id and the secret, with the baseline's own
 * salt and cost, so the same secret has unrelated fingerprints in two repositories and a precomputed
 * table is useless. node:crypto is loaded on first use: a scan without a baseline never needs it.
 */
export function saltedFingerprint(key: FingerprintKey, ruleId: string, secret: string): string {
  const { scryptSync } = require('node:crypto') as typeof Crypto;
  const { N, r, p } = key.cost;
  return scryptSync(`${ruleId}\0${secret}`, key.salt, FINGERPRINT_BYTES, { N, r, p, maxmem: memoryOf(key.cost) }).toString('hex');
}
