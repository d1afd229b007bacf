import type * as Crypto from 'node:crypto';

/**
 * scrypt's cost for baseline fingerprints (RFC 7914): N = 2^14, r = 8 takes 16 MiB and about 22 ms per
 * call on one core of the development machine. A baseline file is committed and shared; this cost is what keeps it from
 * confirming a guessed password cheaply. Changing it changes every fingerprint: it is part of the
 * baseline format version.
 */
const SCRYPT_COST = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const FINGERPRINT_BYTES = 16;

/**
 * The baseline's identity of a secret: scrypt of the rule id and the secret, with the baseline's own
 * salt, so the same secret has unrelated fingerprints in two repositories and a precomputed table is
 * useless. node:crypto is loaded on first use: a scan without a baseline never needs it.
 */
export function saltedFingerprint(salt: string, ruleId: string, secret: string): string {
  const { scryptSync } = require('node:crypto') as typeof Crypto;
  return scryptSync(`${ruleId}\0${secret}`, salt, FINGERPRINT_BYTES, SCRYPT_COST).toString('hex');
}
