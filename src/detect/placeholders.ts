import { hasTypedStructure } from './placeholder-structure';

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
  // A variable by its name, in the other languages' syntaxes: `$password`, `$db_pass`, `$dbPassword` (shell, PHP, Perl),
  // `#{password}` (Ruby), `%PASSWORD%` (Windows). Only names made of words: `$k9xQ2m` is a password that begins with `$`.
  /^\$(?:[a-z]{1,40}(?:_[a-z]{1,40}){0,5}|[a-z]{1,40}(?:[A-Z][a-z]{1,40}){1,5})[0-9]{0,2}$|^#\{[A-Za-z_][\w.]{0,60}\}$|^%[A-Za-z_]\w{0,60}%$/,
  /\{\{.{0,200}\}\}|\{%.{0,200}%\}/,
  /%[sd]|%\(\w{1,50}\)s/,
  /placeholder|redacted|dummy|fake/i,
  /^(?:your|my)[-_ ]|[-_]here$/i,
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
 * An instruction to whoever fills the value in: a verb that asks for it, then what to put or where
 * (`REPLACE_WITH_PASSWORD`, `replace-me`, `changeme`, `insert key here`, `enterYourToken`). The second
 * part is asked for too, so that a passphrase that happens to begin with one of these verbs
 * (`change-orbit-salad`) is still a secret.
 */
const INSTRUCTION_VERB = /^(?:replace|insert|enter|paste|fill|change|provide|put)$/i;
/** `changeme`, `replace_me`, `CHANGEME123` anywhere in the value; not `replacement`. */
const ASKS_FOR_ME = /(?:change|replace|update)[-_ .]?me(?![a-z])/i;
const INSTRUCTION_OBJECT = /^(?:me|in|with|your|here|real|actual|key|token|secret|password|pass|value|api)$/i;

function isInstruction(secret: string): boolean {
  if (ASKS_FOR_ME.test(secret)) return true;
  const words = secret.split(/[-_ .]+|(?<=[a-z])(?=[A-Z])/).filter((word) => word !== '');
  if (words.length < 2 || words.length > 8 || !words.every((word) => /^[A-Za-z0-9]+$/.test(word))) return false;
  return INSTRUCTION_VERB.test(words[0] as string) && words.slice(1).some((word) => INSTRUCTION_OBJECT.test(word));
}

/**
 * Long encoded secrets (key bodies) are only checked for filler: a word such as "xxxx" or "example"
 * turns up by chance in about one real 1,600-character key body in a thousand.
 */
export function looksLikePlaceholder(secret: string): boolean {
  if (secret.length > LONGEST_TOKEN) return FILLER_RUN.test(secret);
  return REPEATED_CHARACTER.test(secret) || hasTypedStructure(secret) || isInstruction(secret) || PLACEHOLDER_PATTERNS.some((pattern) => pattern.test(secret));
}
