import type { SampleGenerator } from './detector';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';

/**
 * A seeded generator for detector examples (mulberry32). Examples are generated rather than stored so
 * that no file in the repository holds a string that looks like a live credential.
 */
export function createSampleGenerator(seed: number): SampleGenerator {
  let state = seed >>> 0;
  const nextIndex = (limit: number): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return (((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296) * limit;
  };
  const chars = (alphabet: string, length: number): string => {
    let result = '';
    for (let index = 0; index < length; index++) result += alphabet[Math.floor(nextIndex(alphabet.length))];
    return result;
  };
  return {
    chars,
    alnum: (length) => chars(UPPER + LOWER + DIGITS, length),
    lowerAlnum: (length) => chars(LOWER + DIGITS, length),
    upperAlnum: (length) => chars(UPPER + DIGITS, length),
    hex: (length) => chars(DIGITS + 'abcdef', length),
    base64: (length) => chars(UPPER + LOWER + DIGITS + '+/', length),
    base64url: (length) => chars(UPPER + LOWER + DIGITS + '-_', length),
    digits: (length) => chars(DIGITS, length),
  };
}
