import type { Severity } from '../../model/severity';
import type { Detector, DetectorExamples } from '../detector';
import { looksLikeName } from './value-shape';

/**
 * What the rules that recognise a secret by the name it is assigned to, rather than by a prefix of its
 * own, share: the assignment syntax, the literal-value test, and `assignedToken`, which builds such a
 * rule for a provider (Datadog keys, Twilio auth tokens, Cloudflare tokens; also the generic rule's parts).
 */

const OPTIONAL_QUOTE = `["'\`]?`;

/**
 * Between a name and its value in the usual syntaxes: `name = v`, `name: v`, `"name": "v"`, `NAME=v`,
 * `export NAME=v`, `name := v`, `name => v`, with an optional quote on either side. Written as one
 * class and an optional second character rather than alternatives, which the backtracking check
 * explores several times faster; it also accepts `==`, and a literal compared with a secret's name is
 * a hard-coded secret too.
 */
export const ASSIGNMENT = `${OPTIONAL_QUOTE}[ \\t]{0,8}[:=][=>]?[ \\t]{0,8}${OPTIONAL_QUOTE}`;

/** `name`, the assignment, then `value` as the named `secret` group. */
export function assignedValue(name: string, value: string): string {
  return `${name}${ASSIGNMENT}(?<secret>${value})`;
}

/**
 * `config.db.password`, `this->token`, `$request`, `userPassword`, `same-origin`: names, not values;
 * also negated (`!questionToken`), ending a Python condition (`token == TOKEN_END:`) or a docstring
 * sentence (`pageToken: Optional.`).
 */
const NAME_CHAIN = /^!?[$@]?[A-Za-z_][\w-]*(?:(?:\.|->|::)[A-Za-z_][\w-]*)*[:.]?$/;
/**
 * Paths, URLs, AWS ARNs and secret-manager names (`prod/db-password`, also the tail of
 * `arn:aws:secretsmanager:…:secret:prod/db-password`) say where a secret lives, not what it is (URL
 * logins have their own rule). A lowercase relative path has too little entropy to be a random secret.
 */
const LOCATION = /^(?:~|\.{1,2})?\/[\w./-]*$|:\/\/|^arn:aws[\w-]{0,20}:|^[a-z][a-z0-9_-]{0,60}(?:\/[a-z0-9_.-]{1,60}){1,8}$/;

/**
 * A value written in place, not a reference to one or a keyword (`credentials: "same-origin"`). A lone
 * name with digits (`a8f5f167f4`) is kept: unquoted .env values look like that, and variables rarely do.
 */
export function isLiteralValue(value: string): boolean {
  const isName = NAME_CHAIN.test(value) && (/\.|->|::/.test(value) || !/[0-9]/.test(value));
  return !isName && !LOCATION.test(value);
}

/**
 * A regular expression's source (`^(?=.*[A-Z]).{8,}$`, `\\d{6}`, `ghp_\\*{8}`): a password policy or
 * a test's expectation, not a password.
 */
const REGEX_SOURCE = /\(\?[=!:<]|\\[dwsDWS*+?.|^$()[\]{}]|\[[A-Za-z0-9]-[A-Za-z0-9]|\{[0-9]{1,3}(?:,[0-9]{0,3})?\}/;

/**
 * A printf verb (`%c` in C and Go, Go's `%v` and `%q`) not followed by a letter or digit: a format
 * string that builds the value at run time, like the `%s` and `%d` the placeholder filter knows. Only
 * these three, the ones written most, so that a random key with `%` and a letter in it is rarely taken
 * for one; URL encoding (`%2B`) never is.
 */
const FORMAT_VERB = /%[cvq](?![A-Za-z0-9])/;

/**
 * The start of an interpolation (`${`, `#{`, `{{`, `$(`): a template whose closing brace lies beyond a
 * quote inside it (`"${f('x')}"`), so the quotes around the value are not the literal's own.
 */
const INTERPOLATION_START = /[$#]\{|\{\{|\$\(/;

/**
 * The generic rule's test of an assigned value, `match` being the text from the name to the value. A
 * value after a quote is a literal (isQuotedLiteral); without one it may also be a reference.
 */
export function isAssignedLiteral(value: string, match: string): boolean {
  if (/["'`]/.test(match.charAt(match.length - value.length - 1))) return isQuotedLiteral(value);
  return isLiteralValue(value) && !looksLikeName(value) && !FORMAT_VERB.test(value);
}

/**
 * A value between quotes is never a reference, so only its shape can say it is no secret: it names
 * something (looksLikeName), says where a secret lives, builds one (a format string), is a regular
 * expression, or is punctuation alone (`,.:-@*?!`: a list of the characters a password may hold; a
 * password of symbols with one letter is still a password).
 */
export function isQuotedLiteral(value: string): boolean {
  if (looksLikeName(value) || LOCATION.test(value) || FORMAT_VERB.test(value) || INTERPOLATION_START.test(value)) return false;
  return !REGEX_SOURCE.test(value) && /[A-Za-z0-9]/.test(value);
}

/** Where a value ends: a longer run of token characters would be some other, longer value. */
const VALUE_END = '(?![A-Za-z0-9_+/=-])';

/**
 * A format with no marker of its own (a bare hex or base62 string): only the provider's name in the
 * setting it is assigned to identifies it, and an entropy floor keeps words and sample values out.
 */
export interface AssignedTokenSpec {
  readonly id: string;
  readonly description: string;
  /** Lowercase literals, one of which every text `name` matches holds. */
  readonly keywords: readonly string[];
  /** Regex source of the setting's name, matched case-insensitively unless `nameAsWritten`. */
  readonly name: string;
  /**
   * Match `name` (and `value`) as written: for a name short enough to occur inside other words in some
   * mix of cases (`okta` in `rookTable`), `name` then spells the cases people write it in.
   */
  readonly nameAsWritten?: boolean;
  /** Regex source of the value, which becomes the `secret` group. */
  readonly value: string;
  readonly minEntropy: number;
  readonly severity?: Severity;
  readonly validate?: (secret: string, match: string) => boolean;
  readonly fix: string;
  readonly examples: DetectorExamples;
}

/** The rule matches `name` + an assignment + `value` (case-insensitively by default), and nothing may continue the value. */
export function assignedToken(spec: AssignedTokenSpec): Detector {
  const { name, value, nameAsWritten = false, validate, ...rule } = spec;
  return {
    ...rule,
    pattern: new RegExp(`${assignedValue(name, value)}${VALUE_END}`, nameAsWritten ? '' : 'i'),
    // A setting's value may be a variable (`amadeus: amadeusClient`); a random key is never made of words.
    validate: (secret, match) => !looksLikeName(secret) && (validate === undefined || validate(secret, match)),
    confidence: validate === undefined ? 'medium' : 'high',
  };
}
