/**
 * What a value between quotes looks like when it is not a random secret: a quoted literal is never a
 * variable reference, but code quotes identifiers, route names and CSS selectors beside secret-like
 * names (`'edit_password'`, `credentials: 'sameOrigin'`, `"#add-password"`), and people choose
 * passwords made of a word and a few digits (`Summer2024!`). Both are told from random characters by
 * the words they are made of, without a dictionary: a word has a vowel and no long consonant run.
 */

/** The words of an identifier: camelCase humps, ALLCAPS runs, lowercase runs. */
const WORD_PARTS = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g;
/** Letters beyond ASCII: secrets are ASCII, so these are words of some language (`Contraseña`, `Пароль`). */
const NON_ASCII_LETTER = /[^\x00-\x7f]/;
/** Five consonants in a row: rare in English words, usual in random letters. */
const CONSONANT_RUN = /[^aeiouy]{5}/i;
/** An acronym (`API`, `HTML`, `SSO`) need not have a vowel. */
const LONGEST_ACRONYM = 4;

function isWordLike(part: string): boolean {
  if (part.length <= LONGEST_ACRONYM && part === part.toUpperCase()) return true;
  return /[aeiouy]/i.test(part) && !CONSONANT_RUN.test(part);
}

/**
 * Letters in words only: each hump word-like, an ALLCAPS run longer than an acronym only in a name
 * written all in capitals, at most one hump that is an acronym or shorter than three letters (`getX`,
 * `HTMLInput`), humps of four letters on average, and vowels at least as frequent as in English text. Random mixed-case letters break one of these almost always (measured in
 * test/unit/value-shape.test.ts).
 */
function isMadeOfWords(letters: string): boolean {
  if (NON_ASCII_LETTER.test(letters)) return true;
  const parts = letters.match(WORD_PARTS) ?? [];
  const ascii = letters.replace(/[^A-Za-z]/g, '');
  if (parts.length === 0 || parts.join('') !== ascii || parts.length > 1 + ascii.length / 4) return false;
  const isAllCaps = ascii === ascii.toUpperCase();
  const vowels = ascii.replace(/[^aeiouy]/gi, '').length;
  const odd = parts.filter((part) => part.length <= 2 || (!isAllCaps && part === part.toUpperCase()));
  return vowels >= ascii.length / 4 && odd.length <= 1 && parts.every((part) => isWordLike(part) && (isAllCaps || part.length <= LONGEST_ACRONYM || part !== part.toUpperCase()));
}

/**
 * An identifier, a route or event name, a CSS selector or a file name: words joined by `_`, `-`, `.`,
 * `:` or `/`, in any case, after an optional `#`, `.` or `@`; no digits.
 */
const IDENTIFIER = /^[#.@]?\p{L}{1,60}(?:[-_.:/]\p{L}{1,60}){0,10}$/u;

/**
 * A package coordinate or a versioned name (`io.jsonwebtoken:jjwt-jackson-0.11.2`, `lodash@4.17.21`):
 * lowercase names, then a dotted version. A random token has no dotted version in it.
 */
const VERSIONED_NAME = /^[a-z][a-z0-9]{0,60}(?:[-_.:][a-z][a-z0-9]{0,60}){0,10}[-_.:@]v?[0-9]{1,4}(?:\.[0-9]{1,4}){1,3}(?:[-.+][A-Za-z0-9]{1,20})?$/;

/** Whether a quoted value names something (an identifier, a selector, a package) rather than holding a secret. */
export function looksLikeName(value: string): boolean {
  return (IDENTIFIER.test(value) && isMadeOfWords(value)) || VERSIONED_NAME.test(value);
}

/** Digits and symbols people append to a word to pass a password policy (`2024!`, `123`, `#1`). */
const POLICY_SUFFIX = /[0-9!@#$%^&*?._+-]{0,6}$/;
/** Letters people write as look-alike digits and symbols (`P@ssw0rd`). */
const LOOK_ALIKES: Readonly<Record<string, string>> = { '@': 'a', '4': 'a', '3': 'e', '1': 'i', '!': 'i', '0': 'o', '$': 's', '5': 's', '7': 't' };
/** Longer than this, a password made of words is a passphrase, not a weak password. */
const LONGEST_HUMAN_PASSWORD = 16;

/**
 * A password a person chose: one or two words (look-alike digits read as letters), then at most a
 * few digits and symbols (`Summer2024!`, `P@ssw0rd1`, `Welcome123`). It is a real password, but a
 * weak one or a sample one, worth less than a random key.
 */
export function looksLikeHumanPassword(value: string): boolean {
  if (value.length > LONGEST_HUMAN_PASSWORD) return false;
  const stem = value.replace(POLICY_SUFFIX, '');
  if (stem.length < 3) return false;
  const letters = [...stem].map((char) => LOOK_ALIKES[char] ?? char).join('');
  return /^[A-Za-z]+$/.test(letters) && (letters.match(WORD_PARTS) ?? []).length <= 2 && isMadeOfWords(letters);
}
