/**
 * Values people write where a secret will go later. Shared by every rule: documentation and sample
 * configs are full of them, and a hook that blocks on them gets uninstalled.
 */
const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  /example/i,
  /x{4}/i,
  /\*{3}/,
  /\.{3}|…/,
  /^<.{0,200}>$|<[a-z_ -]{1,60}>/i,
  /\$\{.{0,200}\}|\$\(.{0,200}\)|^\$[A-Z_][A-Z0-9_]{0,100}$/,
  /\{\{.{0,200}\}\}|\{%.{0,200}%\}/,
  /%[sd]|%\(\w{1,50}\)s/,
  /changeme|change_me|replace_?me|placeholder|redacted|dummy|fake|insert_?(?:your|here)/i,
  /^(?:your|my)[-_ ]|[-_]here$/i,
  /0123456789|1234567890|abcdefghij/i,
  /^(?:process\.env|os\.environ|os\.getenv|env\(|getenv\(|System\.getenv)/,
  // The name of the thing instead of the thing: `user:password@host`, `token: secret`, `{password}`.
  /^(?:pass(?:word|wd)?|pwd|secret|token|user(?:name)?)$|^\{[A-Za-z_][\w.-]{0,60}\}$/i,
];

/** Eight or more of the same character in a row never occurs in a random token of up to LONGEST_TOKEN characters. */
const REPEATED_CHARACTER = /(.)\1{7}/;
/**
 * Longer secrets are encoded structures, not random strings: every unencrypted OpenSSH private key
 * holds "AAAAAAAAAAAB" (zero-length fields in base64), and DER keys hold runs of zero bytes too. There
 * only a run long enough to be filler counts.
 */
const LONGEST_TOKEN = 200;
const FILLER_RUN = /(.)\1{31}/;

/**
 * Long encoded secrets (key bodies) are only checked for filler: a word such as "xxxx" or "example"
 * turns up by chance in about one real 1,600-character key body in a thousand.
 */
export function looksLikePlaceholder(secret: string): boolean {
  if (secret.length > LONGEST_TOKEN) return FILLER_RUN.test(secret);
  return REPEATED_CHARACTER.test(secret) || PLACEHOLDER_PATTERNS.some((pattern) => pattern.test(secret));
}
