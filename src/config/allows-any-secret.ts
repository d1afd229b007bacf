/**
 * What an allowlist pattern that lets every secret through matches: the empty string (then it matches
 * inside every string), or tokens of no particular provider in the alphabets secrets are written in.
 * Generated rather than written out, so that no file holds a live-looking token, and by a fixed
 * sequence, so that a config is judged the same on every run.
 */
const PROBE_ALPHABETS: readonly (readonly [alphabet: string, length: number])[] = [
  ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40],
  ['0123456789abcdef', 32],
  ['ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 20],
  ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 43],
  ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 36],
  ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#%&*.:;?@^~', 14],
];

/** A linear congruential sequence (Numerical Recipes' constants); its high bits pick the characters. */
function probeToken(alphabet: string, length: number, seed: number): string {
  let state = seed;
  let token = '';
  for (let index = 0; index < length; index++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    token += alphabet[(state >>> 16) % alphabet.length];
  }
  return token;
}

const PROBE_TOKENS: readonly string[] = PROBE_ALPHABETS.map(([alphabet, length], index) => {
  const token = probeToken(alphabet, length, index + 1);
  return alphabet.includes('+') ? `${token}=` : token; // base64 with its padding
});

/** Why `pattern` would accept any secret, or undefined when it is narrower than that. */
export function whyAllowsAnySecret(pattern: RegExp): string | undefined {
  if (pattern.test('')) return 'matches the empty string, so it accepts every secret';
  if (PROBE_TOKENS.some((token) => pattern.test(token))) return 'matches random tokens, so it accepts secrets of every kind';
  return undefined;
}
