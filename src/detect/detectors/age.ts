import type { Detector, SampleGenerator } from '../detector';
import { prefixedToken } from './prefixed-token';

/** The Bech32 alphabet (BIP 173), in the order of the 5-bit values it encodes. */
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const HUMAN_READABLE_PART = 'age-secret-key-';
const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: readonly number[]): number {
  let checksum = 1;
  for (const value of values) {
    const top = checksum >>> 25;
    checksum = ((checksum & 0x1ffffff) << 5) ^ value;
    GENERATORS.forEach((generator, bit) => {
      if ((top >>> bit) & 1) checksum ^= generator;
    });
  }
  return checksum;
}

function expandedPrefix(): number[] {
  const codes = [...HUMAN_READABLE_PART].map((char) => char.charCodeAt(0));
  return [...codes.map((code) => code >>> 5), 0, ...codes.map((code) => code & 31)];
}

/** BIP 173: the six-character checksum makes the polymod of prefix and data come out as 1. */
function hasValidBech32Checksum(key: string): boolean {
  const data = [...key.toLowerCase().slice(HUMAN_READABLE_PART.length + 1)].map((char) => BECH32.indexOf(char));
  return polymod([...expandedPrefix(), ...data]) === 1;
}

/** A key as age-keygen prints it: 52 data characters (32 bytes) and the checksum, upper-case. */
function ageKey(generate: SampleGenerator): string {
  const data = [...generate.chars(BECH32, 52)].map((char) => BECH32.indexOf(char));
  const remainder = polymod([...expandedPrefix(), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = [0, 1, 2, 3, 4, 5].map((index) => (remainder >>> (5 * (5 - index))) & 31);
  return `${HUMAN_READABLE_PART}1${[...data, ...checksum].map((value) => BECH32[value]).join('')}`.toUpperCase();
}

export const ageDetectors: readonly Detector[] = [
  // age (C2SP age spec, "X25519 recipient type"): an identity is Bech32 with prefix "AGE-SECRET-KEY-", upper-case, 32 bytes of key (74 characters).
  prefixedToken({
    id: 'age-secret-key',
    severity: 'critical',
    description: 'age encryption secret key (identity)',
    prefixes: ['AGE-SECRET-KEY-1'],
    charset: 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L',
    length: 58,
    notAfter: 'A-Za-z0-9_-',
    validate: hasValidBech32Checksum,
    fix: 'Generate a new identity (age-keygen), re-encrypt everything the old one could decrypt to the new recipient, and keep identity files outside the repository (or use a plugin such as age-plugin-yubikey).',
    examples: {
      detects: (generate) => [ageKey(generate), `SOPS_AGE_KEY=${ageKey(generate)}`],
      ignores: (generate) => [
        // A typo in the key breaks its checksum.
        `AGE-SECRET-KEY-1${generate.chars(BECH32.toUpperCase(), 58)}`,
        // The public half (a recipient) is meant to be shared.
        `age1${generate.chars(BECH32, 58)}`,
      ],
    },
  }),
];
