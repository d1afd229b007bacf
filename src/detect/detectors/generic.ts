import type { Detector } from '../detector';
import { assignedValue, isAssignedLiteral, isLiteralValue } from './assigned-value';
import { looksLikeHumanPassword } from './value-shape';

/**
 * Names that announce a secret, matched anywhere in an identifier (DB_PASSWORD, dbPassword,
 * client_secret, x-api-key) and ending it, optionally with a "key" suffix (SECRET_KEY, secret.key),
 * then a counter (token1, secret2). Rails' secret_key_base and secret_value are names of their own:
 * more optional suffixes are more than the backtracking check can explore. A bare "pass" must start a
 * word (SMTP_PASS, ansible_become_pass), or it would be the end of "bypass", "compass" or "Minipass".
 */
export const SECRET_NAME_WITHOUT_COUNTER =
  '(?:passw(?:or)?d|passphrase|(?<![a-z])pass|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?|key[_.-]base|secret[_.-]value)(?:[_.-]?key)?';
export const SECRET_NAME = `${SECRET_NAME_WITHOUT_COUNTER}[0-9]{0,2}`;
/**
 * How every SECRET_NAME starts, for a rule whose pattern opens with a lookbehind before the name: put
 * first, it spares the lookbehind at the positions where no name starts. V8 tries a leading lookbehind
 * at every character of a line, walking back over it: generic-call-name-value's cost 4x as much on CI
 * logs and node_modules code without it (it lets fewer than one position in ten through); NOT_PUBLIC
 * is such a lookbehind too.
 */
export const SECRET_NAME_START = '(?=pass|pwd|secret|token|api|access|private|credential|key)';

/**
 * Not after `public`, `publishable`, `csrf` or `xsrf` (`publicToken`, `csrf-token`): values public by
 * design or that guard a form, not an account (a CSRF token is sent to every visitor).
 */
export const NOT_PUBLIC = '(?<!(?:public|publishable|csrf|xsrf)[_.-]?)';

/**
 * The names again, for a declaration with a type: `jwtSecret: string = …` (TypeScript), `api_key: str
 * = …` (Python), Kotlin's `String`. Kept apart from SECRET_NAME's optional parts: an optional type
 * after an optional separator is the overlap the backtracking check rejects.
 */
const TYPED_NAME = '(?:passw(?:or)?d|passphrase|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?)';

/**
 * The names inside a setter (Java beans, C#, Kotlin): `setPassword(`, `setClientSecret(`, `setApiKey(`.
 * The prefixes are listed: a free run of letters before the name would overlap it.
 */
export const SETTER_NAME =
  'set(?:Client|Auth|Db|Database|Admin|Root|User|Store|Trust|Proxy|Smtp|Mail|Api|Access|Private|Account|App|Bot|Bearer)?(?:Passw(?:or)?d|Passphrase|Secret|Token|Key|Credentials?)';

/**
 * Characters of a value. Quotes, whitespace and the punctuation that separates arguments or starts a
 * call, index, block or tag end it, so `getPassword()`, `env["X"]`, `${X}` and `{{ x }}` never match.
 */
const VALUE_CHAR = '[^\\s"\'`,;&()\\[\\]{}<>\\\\]';
/** A value does not start with what only an operator would put there (`==`, `:=`). */
const FIRST_VALUE_CHAR = '[^\\s"\'`,;&()\\[\\]{}<>\\\\=:]';
/**
 * Where a value may end: a quote, whitespace, a separator, the end of the line, or a backslash (an
 * escaped line break or quote: a .env file inside a JSON string, `"KEY=value\\nNEXT=…"`).
 */
export const VALUE_END = '(?=[\\s"\'`,;&\\\\]|$)';
/** A literal between quotes: the quotes end it, so it may hold any other character but a line break. */
export const QUOTED_VALUE = '[^\\s"\'`]{8,200}';
/**
 * Longer values are keys and certificates written on one line (base64 bodies, JWTs); the bound keeps
 * a hostile line's matching linear.
 */
export const LONGEST_VALUE = 1000;
/** Whether a variable's name announces a secret (DB_PASSWORD, jwtSecret), for rules that find the name apart from its value. */
const ENDS_IN_SECRET_NAME = new RegExp(`${SECRET_NAME}$`, 'i');
export const isSecretName = (name: string): boolean => ENDS_IN_SECRET_NAME.test(name);

/** A literal value: not an operator's second character, then 7–199 more value characters. */
export const LITERAL = `${FIRST_VALUE_CHAR}${VALUE_CHAR}{7,199}`;
/** The generic rule's literal, up to LONGEST_VALUE characters. */
const LONG_LITERAL = `${FIRST_VALUE_CHAR}${VALUE_CHAR}{7,${LONGEST_VALUE - 1}}`;
/** The generic rule's value as the `secret` group, for rules that find the name apart from it (kubernetes.ts). */
export const LITERAL_SECRET = `(?<secret>${LITERAL})${VALUE_END}`;

export const GENERIC_FIX =
  'Change the password or key at the system it opens, then read it at run time from an environment variable, a file outside the repository, or your secret manager.';
/** What the generic rules that want a literal beside a secret's name share: the entropy floor, the literal test, the fix. */
export const GENERIC_LITERAL_RULE = { minEntropy: 3, validate: isLiteralValue, isGeneric: true, fix: GENERIC_FIX } as const;
/** The generic rules' keywords: the names above, lowercase, as they are spelled inside identifiers. */
export const GENERIC_KEYWORDS = [
  'pass', 'pwd', 'secret', 'token', 'apikey', 'api_key', 'api-key', 'accesskey', 'access_key', 'access-key',
  'privatekey', 'private_key', 'private-key', 'credential',
];

/**
 * `contextToken: contextToken2`, `password = password1`: a variable renamed with a counter (bundlers
 * and destructuring do this); the value is an identifier with the same ending as the name plus digits.
 */
function isRenamedVariable(value: string, match: string): boolean {
  const stem = /^([A-Za-z_$]{1,100})[0-9]{1,3}$/.exec(value)?.[1];
  if (stem === undefined) return false;
  const letters = (text: string): string => text.toLowerCase().replace(/[^a-z]/g, '');
  const name = letters(match.slice(0, match.length - value.length));
  return name !== '' && letters(stem).endsWith(name);
}

export const genericDetectors: readonly Detector[] = [
  {
    id: 'generic-assignment',
    description: 'High-entropy value assigned to a password, secret, token or key name',
    keywords: GENERIC_KEYWORDS,
    // No provider format: `name = "value"`, `name: value`, `"name": "value"`, `NAME=value`, `name := "value"`, 8–1000 characters; a quoted value with punctuation is generic-quoted-assignment's (generic-quoted.ts).
    pattern: new RegExp(`${assignedValue(`${SECRET_NAME_START}${NOT_PUBLIC}${SECRET_NAME}`, LONG_LITERAL)}${VALUE_END}`, 'i'),
    minEntropy: 3,
    validate: (value, match) => isAssignedLiteral(value, match) && !isRenamedVariable(value, match),
    isGeneric: true,
    isWeakSecret: looksLikeHumanPassword,
    fix: GENERIC_FIX,
    examples: {
      detects: (generate) => [
        `DB_PASSWORD=${generate.alnum(16)}`,
        `"client_secret": "${generate.base64url(32)}",`,
        `const apiKey = '${generate.alnum(12)}${generate.digits(4)}';`,
        `export API_TOKEN=${generate.hex(40)}`,
        `password := "${generate.alnum(8)}!${generate.digits(3)}"`,
        `  secret_key: ${generate.base64(24)}`,
        `SMTP_PASS="${generate.alnum(10)}${generate.digits(4)}"`,
        `ansible_become_pass: ${generate.alnum(12)}${generate.digits(2)}`,
        `passphrase = ${generate.alnum(16)}`,
        `  secret_key_base: ${generate.hex(128)}`,
        `token1 = "${generate.alnum(24)}"`,
        `"secret_value": "${generate.base64url(40)}"`,
        `PRIVATE_KEY=${generate.base64(600)}`,
        `{"config.ini": "API_TOKEN=${generate.alnum(32)}\\nDEBUG=true"}`,
        `api_key: '${generate.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', 20)}.${generate.alnum(12)}'`,
      ],
      ignores: (generate) => [
        'password = "changeme"',
        'password: process.env.DB_PASSWORD',
        "password = os.environ['DB_PASSWORD']",
        'token = getToken()',
        'api_key: "${API_KEY}"',
        'secret: {{ .Values.secret }}',
        'password = config.database.password',
        'const token = userToken;',
        'password: "hunter2"',
        // A hash of a password is not the password.
        `password_hash = "${generate.hex(64)}"`,
        'SESSION_SECRET=aaaaaaaaaaaaaaaa',
        'TOKEN_URL=https://auth.example.org/oauth/token',
        'if (password == "") return;',
        'const exclamationToken = !questionToken && !scanner.hasPrecedingLineBreak();',
        'const { contextToken: contextToken2, previousToken: previousToken2 } = tokens;',
        'elif token == _TOKEN_MAPPING:',
        '  pageToken: Optional. The standard list page token.',
        'bypass = true',
        'const passport = require("passport");',
        '  secret: string;',
        'compass_heading = northWest',
        'P.Minipass=P.isWritable=P.isReadable=P.isStream=void 0;',
        'secret_arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-password"',
        'db_secret = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbC123"',
        `password = "fake-password-${generate.digits(4)}"`,
        "$router->get('/user/password', 'edit_password');",
        "fetch(url, { credentials: 'sameOrigin' })",
        "$('#add-password').on('click', openForm);",
        "token: 'auth.reset.password-form'",
        'notes = "Maven - io.jsonwebtoken:jjwt-jackson-0.11.2"',
        `publicToken = "${generate.alnum(40)}"`,
        `csrf-token=${generate.base64(64)}`,
      ],
    },
  },
  {
    id: 'generic-xml-element',
    description: 'High-entropy value in an XML element named password, secret, token or key',
    keywords: GENERIC_KEYWORDS,
    // No provider format: `<password>value</password>` (Maven settings.xml, .NET and Java configs). The
    // search is unanchored, so `<keyStorePassword>` matches from "Password>" on.
    pattern: new RegExp(`${SECRET_NAME}>(?<secret>[^<>\\s]{8,200})</`, 'i'),
    // Element text is a literal: XML has no variables, and `${…}` interpolation is a placeholder.
    minEntropy: 3,
    isGeneric: true,
    isWeakSecret: looksLikeHumanPassword,
    fix: GENERIC_FIX,
    examples: {
      detects: (generate) => [
        `<password>${generate.alnum(16)}</password>`,
        `      <server><id>central</id><username>deploy</username><password>${generate.alnum(12)}${generate.digits(3)}</password></server>`,
        `<keyStorePassword>${generate.base64(20)}</keyStorePassword>`,
      ],
      ignores: (generate) => [
        '<password>${env.MAVEN_PASSWORD}</password>',
        '<password>changeme</password>',
        `<passwordHash>${generate.hex(64)}</passwordHash>`,
        '<token>[REDACTED]</token>',
      ],
    },
  },
  {
    id: 'generic-setter-call',
    description: 'Literal password, secret, token or key passed to a setter (setPassword("…"))',
    keywords: GENERIC_KEYWORDS,
    // No provider format: `x.setPassword("value")`, `setClientSecret('value')`, as Java beans, C# and Kotlin code configures clients.
    pattern: new RegExp(`\\.${SETTER_NAME}\\([ \\t]{0,4}["'](?<secret>${QUOTED_VALUE})["'][ \\t]{0,4}\\)`),
    // A quoted argument is a literal whatever it looks like.
    minEntropy: 3,
    isGeneric: true,
    isWeakSecret: looksLikeHumanPassword,
    fix: GENERIC_FIX,
    examples: {
      detects: (generate) => [
        `dataSource.setPassword("${generate.alnum(14)}");`,
        `    config.setClientSecret('${generate.base64url(32)}');`,
        `client.setApiKey("${generate.alnum(10)}${generate.digits(4)}")`,
        `props.setSmtpPassword('${generate.alnum(12)}');`,
        `dataSource.setPassword("${generate.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 14)}");`,
      ],
      ignores: (generate) => [
        'dataSource.setPassword(System.getenv("DB_PASSWORD"));',
        'user.setPassword("changeme");',
        `user.setPasswordHash("${generate.hex(64)}");`,
        'form.setPassword("")',
      ],
    },
  },
  {
    id: 'generic-typed-assignment',
    description: 'Literal assigned to a password, secret, token or key name declared with a string type',
    keywords: GENERIC_KEYWORDS,
    // No provider format: `const jwtSecret: string = "value"` (TypeScript), `api_key: str = "value"` (Python), `val token: String = "value"` (Kotlin).
    pattern: new RegExp(`${TYPED_NAME}[ \\t]{0,4}:[ \\t]{0,4}(?:string|str)[ \\t]{0,4}=[ \\t]{0,4}["'\`](?<secret>${QUOTED_VALUE})["'\`]`, 'i'),
    // A quoted value is a literal whatever it looks like.
    minEntropy: 3,
    isGeneric: true,
    isWeakSecret: looksLikeHumanPassword,
    fix: GENERIC_FIX,
    examples: {
      detects: (generate) => [
        `const jwtSecret: string = '${generate.alnum(20)}';`,
        `api_key: str = "${generate.hex(32)}"`,
        `    private val authToken: String = "${generate.base64url(24)}"`,
      ],
      ignores: (generate) => [
        'const jwtSecret: string = process.env.JWT_SECRET;',
        "api_key: str = os.environ['API_KEY']",
        'const token: string = "<your token>";',
        `const passwordHash: string = "${generate.hex(64)}";`,
      ],
    },
  },
];
