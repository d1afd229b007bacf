import { redactSecret } from './redact';

/**
 * A run of the characters tokens are written in: base62, base64 (`+/=`), base64url and hex, with the
 * separators providers put in them (`ghp_`, `xoxb-`, a JWT's dots). Shorter runs are left alone: a
 * 12-character piece is the most of a secret an error message may show.
 */
const TOKEN_RUN = /[A-Za-z0-9_+/=.-]{12,}/g;
/** Where a path, a key path or a kebab-case id breaks into words. */
const WORD_SEPARATORS = /[/._=-]/;
/**
 * A word as people write it: lowercase, UPPERCASE, Capitalized or camelCase letters, optionally with a
 * short number after it (`utf8`, `sha256`, `es2022`), or a short number alone (a year, a version).
 * Random characters rarely fall into these shapes: of 2 million random base62 strings, 0.9% of the
 * 12-character ones did, 0.04% of the 20-character ones and 1 of the 36-character ones (a ghp_ body).
 */
const WORD = /^(?:(?:[a-z]+|[A-Z]+|[A-Z]?[a-z]+(?:[A-Z][a-z]+)*)[0-9]{0,4}|[0-9]{1,4})$/;
const SHORTEST_RANDOM_PIECE = 4;

/**
 * Text that quotes user input or a file (a parser's, git's or node's message), with every token-like
 * run masked by redactSecret. A run is token-like when one of its words is not a word: `package.json`,
 * `.config/leakguardrc.yaml`, `allowlist.values`, `refs/heads/main` and `ReferenceError` stay readable,
 * `ghp_…`, base64 and hex keys do not. Such text is redacted as a whole, never field by field, so no
 * quoted part escapes; what leakguard itself names (the config file it found) is written outside it.
 * Secrets made only of lowercase letters, or shorter than 12 characters, are not caught: error paths
 * must not quote what they do not need to, and this is the net under them.
 */
export function redactQuoted(text: string): string {
  return text.replace(TOKEN_RUN, (run) => (isTokenLike(run) ? redactSecret(run) : run));
}

function isTokenLike(run: string): boolean {
  return run.split(WORD_SEPARATORS).some((piece) => piece.length >= SHORTEST_RANDOM_PIECE && !WORD.test(piece));
}
