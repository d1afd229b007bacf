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
  /changeme|change_me|replace_?me|placeholder|redacted|dummy|insert_?(?:your|here)/i,
  /^(?:your|my)[-_ ]|[-_]here$/i,
  /0123456789|1234567890|abcdefghij/i,
  /^(?:process\.env|os\.environ|os\.getenv|env\(|getenv\(|System\.getenv)/,
];

/** Eight or more of the same character in a row never occurs in a real random token of these lengths. */
const REPEATED_CHARACTER = /(.)\1{7}/;

export function looksLikePlaceholder(secret: string): boolean {
  return REPEATED_CHARACTER.test(secret) || PLACEHOLDER_PATTERNS.some((pattern) => pattern.test(secret));
}
