import type { Detector } from '../detector';
import { assignedValue, isLiteralValue } from './assigned-value';

/**
 * Names that announce a secret, matched anywhere in an identifier (DB_PASSWORD, dbPassword,
 * client_secret, x-api-key) and ending it, optionally with a "key" suffix (SECRET_KEY, secret.key).
 */
const SECRET_NAME =
  '(?:passw(?:or)?d|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?)(?:[_.-]?key)?';

/**
 * Characters of a value. Quotes, whitespace and the punctuation that separates arguments or starts a
 * call, index, block or tag end it, so `getPassword()`, `env["X"]`, `${X}` and `{{ x }}` never match.
 */
const VALUE_CHAR = '[^\\s"\'`,;&()\\[\\]{}<>\\\\]';
/** A value does not start with what only an operator would put there (`==`, `:=`). */
const FIRST_VALUE_CHAR = '[^\\s"\'`,;&()\\[\\]{}<>\\\\=:]';
/** Where a value may end: a quote, whitespace, a separator, or the end of the line. */
const VALUE_END = '(?=[\\s"\'`,;&]|$)';

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
    keywords: [
      'passw', 'pwd', 'secret', 'token', 'apikey', 'api_key', 'api-key', 'accesskey', 'access_key', 'access-key',
      'privatekey', 'private_key', 'private-key', 'credential',
    ],
    // No provider format: `name = "value"`, `name: value`, `"name": "value"`, `NAME=value`, `name := "value"`, 8–200 characters.
    pattern: new RegExp(`${assignedValue(SECRET_NAME, `${FIRST_VALUE_CHAR}${VALUE_CHAR}{7,199}`)}${VALUE_END}`, 'i'),
    minEntropy: 3,
    validate: (value, match) => isLiteralValue(value) && !isRenamedVariable(value, match),
    isGeneric: true,
    fix: 'Change the password or key at the system it opens, then read it at run time from an environment variable, a file outside the repository, or your secret manager.',
    examples: {
      detects: (generate) => [
        `DB_PASSWORD=${generate.alnum(16)}`,
        `"client_secret": "${generate.base64url(32)}",`,
        `const apiKey = '${generate.alnum(12)}${generate.digits(4)}';`,
        `export API_TOKEN=${generate.hex(40)}`,
        `password := "${generate.alnum(8)}!${generate.digits(3)}"`,
        `  secret_key: ${generate.base64(24)}`,
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
        'secret_arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-password"',
        'db_secret = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbC123"',
        `password = "fake-password-${generate.digits(4)}"`,
      ],
    },
  },
];
