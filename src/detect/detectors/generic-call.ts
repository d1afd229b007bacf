import type { Detector } from '../detector';
import { isLiteralValue } from './assigned-value';
import { GENERIC_FIX, GENERIC_KEYWORDS, GENERIC_LITERAL_RULE, QUOTED_VALUE, SECRET_NAME, SECRET_NAME_START, SETTER_NAME } from './generic';

/**
 * A call's first argument, a quoted name ending in a secret's name, as far as the name: the lookbehind
 * puts the call's parenthesis and the name's opening quote before it (`setProperty("DB_PASSWORD"`).
 * Setting, property and constant names only (`DB_PASSWORD`, `mail.smtp.password`): a hyphenated name
 * is an HTTP header (`Header.Set("X-Api-Key", …)`) or a rule id, whose formats the provider rules know.
 */
const FIRST_ARGUMENT = '(?<=\\([ \\t]{0,4}["\'][\\w.]{0,60})';
/** `"admin:$PASSWORD_HASH"`: a shell or template variable inside the value, which is then no literal. */
const HOLDS_VARIABLE = /\$[A-Z_][A-Z0-9_]{2,}/;
/** The first argument's closing quote, then the second argument, a quoted literal. */
const SECOND_ARGUMENT = `["'][ \\t]{0,4},[ \\t]{0,4}["'\`](?<secret>${QUOTED_VALUE})["'\`]`;

/**
 * Constructors whose second argument is a password: .NET's `NetworkCredential(userName, password)`,
 * Java's `PasswordAuthentication(userName, char[] password)` (the literal then ends in `.toCharArray()`)
 * and Apache HttpClient's `UsernamePasswordCredentials(userName, password)`.
 */
const CREDENTIAL_CONSTRUCTOR = '(?:NetworkCredential|PasswordAuthentication|UsernamePasswordCredentials)';

/**
 * WordPress's eight keys and salts in wp-config.php, `define( 'AUTH_KEY', '…' );`: 64 printable characters,
 * spaces included, from https://api.wordpress.org/secret-key/1.1/salt/, which never puts a quote in them;
 * wp-config-sample.php aligns them with spaces after the comma.
 */
const WORDPRESS_SALT = `define\\([ \\t]{0,4}["'](?:AUTH|SECURE_AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)["'][ \\t]{0,4},[ \\t]{0,16}'(?<secret>[^'\\n]{32,100})'`;
/**
 * The printable characters WordPress draws the keys from (wp_generate_password with special characters),
 * less `<>{}$%.`, which can make a placeholder by chance (`<ab>`, `%d`, `...`): the shared placeholder filter
 * then skips about one real key in 25, and the examples must be found every time.
 */
const WORDPRESS_SALT_CHARACTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#^&*()-_ []~`+=,;:/?|';

export const genericCallDetectors: readonly Detector[] = [
  {
    id: 'generic-call-name-value',
    description: 'Literal passed beside a password, secret, token or key name to a call (setProperty("DB_PASSWORD", "…"))',
    keywords: GENERIC_KEYWORDS,
    // No provider format: a name and its value as a call's two arguments, as Java's System.setProperty(key, value),
    // Map.put(key, value), Go's os.Setenv(key, value), PHP's define(name, value) and header setters write them.
    pattern: new RegExp(`${SECRET_NAME_START}${FIRST_ARGUMENT}${SECRET_NAME}${SECOND_ARGUMENT}[ \\t]{0,4}[),]`, 'i'),
    minEntropy: 3,
    validate: (value) => isLiteralValue(value) && !HOLDS_VARIABLE.test(value),
    isGeneric: true,
    fix: GENERIC_FIX,
    examples: {
      detects: (generate) => [
        `System.setProperty("DEPLOY_TOKEN", "${generate.alnum(24)}${generate.digits(4)}");`,
        `props.put("mail.smtp.password", "${generate.alnum(16)}${generate.digits(3)}");`,
        `os.Setenv("API_KEY", \`${generate.hex(32)}\`)`,
        `define( 'DB_PASSWORD', '${generate.alnum(14)}!' );`,
      ],
      ignores: (generate) => [
        'System.setProperty("DEPLOY_TOKEN", System.getenv("CI_TOKEN"));',
        "define( 'DB_PASSWORD', 'password_here' );",
        `props.put("password_hash", "${generate.hex(64)}");`,
        'form.add("password", "confirm_password")',
        'props.put("smtp.password", "mailer:$SMTP_PASSWORD");',
      ],
    },
  },
  {
    id: 'generic-call-backtick-setter',
    description: 'Literal template string passed to a password, secret, token or key setter (client.setToken(`…`))',
    // Every match is a setter call (`.setToken(`), much rarer than the names' words.
    keywords: ['.set'],
    // No provider format: the setter call of generic-setter-call with a JavaScript template literal as its argument.
    pattern: new RegExp(`\\.${SETTER_NAME}\\([ \\t]{0,4}\`(?<secret>${QUOTED_VALUE})\`[ \\t]{0,4}\\)`),
    // `${…}` inside the template is a placeholder; braces are not value characters anyway.
    minEntropy: 3,
    isGeneric: true,
    fix: GENERIC_FIX,
    examples: {
      detects: (generate) => [`client.setToken(\`${generate.alnum(32)}\`);`, `  sdk.setApiKey(\`${generate.base64url(40)}\`)`],
      ignores: (generate) => ['client.setToken(`${process.env.TOKEN}`);', `client.setTokenHash(\`${generate.hex(64)}\`)`],
    },
  },
  {
    id: 'generic-call-credential-constructor',
    description: 'Literal password passed to a credential constructor (new NetworkCredential("user", "…"))',
    keywords: ['networkcredential', 'passwordauthentication', 'usernamepasswordcredentials'],
    // .NET NetworkCredential(String, String), java.net.PasswordAuthentication(String, char[]) and Apache
    // HttpClient UsernamePasswordCredentials(String, String): the user name, then the password.
    pattern: new RegExp(`${CREDENTIAL_CONSTRUCTOR}\\([ \\t]{0,4}["'][^"'\\n]{1,100}${SECOND_ARGUMENT}`),
    ...GENERIC_LITERAL_RULE,
    examples: {
      detects: (generate) => [
        `var credentials = new NetworkCredential("svc-build", "${generate.alnum(14)}${generate.digits(2)}");`,
        `return new PasswordAuthentication("mailer", "${generate.alnum(12)}${generate.digits(4)}".toCharArray());`,
        `new UsernamePasswordCredentials("admin", "${generate.base64url(16)}${generate.digits(4)}")`,
      ],
      ignores: () => [
        'new NetworkCredential("svc-build", Environment.GetEnvironmentVariable("BUILD_PASSWORD"))',
        'new PasswordAuthentication(user, password.toCharArray())',
        'new UsernamePasswordCredentials("admin", "changeme")',
      ],
    },
  },
  {
    id: 'generic-call-wordpress-salt',
    description: 'WordPress authentication key or salt in wp-config.php (define( \'AUTH_KEY\', \'…\' ))',
    keywords: ['_key', '_salt'],
    // wp-config.php's security keys (https://developer.wordpress.org/apis/wp-config-php/#security-keys).
    pattern: new RegExp(WORDPRESS_SALT),
    // The sample file's 'put your unique phrase here' is shorter than any generated key.
    minEntropy: 4,
    isGeneric: true,
    fix: 'Generate new keys at https://api.wordpress.org/secret-key/1.1/salt/ (every logged-in session ends), then keep wp-config.php out of git or read the keys from the environment.',
    examples: {
      detects: (generate) => [
        `define( 'AUTH_KEY',         '${generate.chars(WORDPRESS_SALT_CHARACTERS, 64)}' );`,
        `define('NONCE_SALT', '${generate.chars(WORDPRESS_SALT_CHARACTERS, 64)}');`,
      ],
      ignores: () => ["define( 'AUTH_KEY',         'put your unique phrase here' );", "define( 'AUTH_KEY', getenv('WP_AUTH_KEY') );"],
    },
  },
];
