import type { Detector, SampleGenerator } from '../detector';
import { isOneCharacterRepeated } from '../placeholder-structure';

/** Any scheme (RFC 3986 §3.1): a login in a URL is a credential whatever the protocol. */
const SCHEME = '[A-Za-z][A-Za-z0-9+.-]{1,30}';

/** What may appear in the user and password parts of an authority (RFC 3986 §3.2.1) in practice. */
const USERINFO = `[^\\s:/@"'\`<>]`;

/** Hosts reserved for documentation (RFC 2606, RFC 6761): a login there is an example by definition. */
const DOCUMENTATION_HOST = /@(?:[a-z0-9-]{1,63}\.){0,8}(?:example\.(?:com|org|net)|example|test|invalid)$/i;

/**
 * The word for a password with a possessive before it (`mypassword`, `your_password`, `thepwd`), as
 * guides write it; the bare word is the general filter's. A password that merely holds the word
 * (`pass4Tr@in`, `passionfruit`) stays a secret.
 */
const PASSWORD_NAMING_ITSELF = /^(?:my|your|the|some)[-_]?(?:pass(?:word|wd)?|pwd|secret)$/i;

/**
 * A password that stands in for one: under four characters (`a:b`, `abc`: no server worth guarding
 * takes it, documentation writes it), one character repeated to fill the field (`1111`, `aaaa`), or
 * the word for itself. Real short passwords people choose (`hunter2x!`) have none of these shapes.
 * The general placeholder filter (placeholders.ts) has judged the password already.
 */
const isStandInPassword = (password: string): boolean => password.length < 4 || isOneCharacterRepeated(password) || PASSWORD_NAMING_ITSELF.test(password);

function databaseUrl(generate: SampleGenerator, scheme: string, password: string): string {
  return `${scheme}://${generate.lowerAlnum(6)}:${password}@db-${generate.lowerAlnum(4)}.internal:5432/app`;
}

export const urlDetectors: readonly Detector[] = [
  {
    id: 'url-password',
    description: 'Password in the user-info part of a URL (scheme://user:password@host)',
    keywords: ['://'],
    // RFC 3986 §3.2.1 userinfo, "user:password@host"; a password equal to the user name (guest:guest) is a well-known default, not a secret.
    pattern: new RegExp(`(?<![A-Za-z0-9+.-])${SCHEME}://(${USERINFO}{0,100}):(?!\\1@)(?<secret>${USERINFO}{3,200})@[A-Za-z0-9[][A-Za-z0-9.:\\]-]{0,253}`),
    validate: (secret, match) => !isStandInPassword(secret) && !DOCUMENTATION_HOST.test(match.replace(/:\d{1,5}$/, '')),
    fix: 'Change the password on the server the URL points to, then build the URL at run time from an environment variable or your secret manager.',
    examples: {
      detects: (generate) => [
        databaseUrl(generate, 'postgres', generate.alnum(16)),
        `MONGO_URL="${databaseUrl(generate, 'mongodb+srv', generate.base64url(20))}"`,
        `https://deploy:${generate.alnum(12)}@git.corp-${generate.lowerAlnum(5)}.io/repo.git`,
        `redis://:${generate.alnum(24)}@cache:6379/0`,
        `LDAP_URL=ldaps://cn=admin:${generate.alnum(14)}@ldap.internal`,
        // Short passwords people choose mix letters with digits or punctuation.
        databaseUrl(generate, 'postgres', 'hunter2x!'),
        databaseUrl(generate, 'mysql', 'pass4Tr%40in'),
      ],
      ignores: (generate) => [
        databaseUrl(generate, 'postgres', 'password'),
        databaseUrl(generate, 'mysql', '${DB_PASSWORD}'),
        // Variables by name in the languages that build URLs: shell and PHP, Python's %-format and str.format, Ruby, Make.
        `amqps://${generate.lowerAlnum(6)}:$password@mq.internal:5671`,
        `DSN = "mysql://app:%(db_password)s@db.internal/app"`,
        'redis://:{redis_password}@cache.internal:6379/0',
        'url = "postgres://app:#{db_password}@db.internal/app"',
        'DB_URL = postgres://$(PGUSER):$(PGPASSWORD)@$(PGHOST)/app',
        'amqps://app:$(cat /run/secrets/mq)@mq.internal/',
        // The word for a password, too short to be one, or one run typed to fill the field.
        databaseUrl(generate, 'mongodb', 'mypassword'),
        databaseUrl(generate, 'https', 'abc'),
        databaseUrl(generate, 'https', '1111'),
        databaseUrl(generate, 'https', 'your_password'),
        databaseUrl(generate, 'mysql', 'REPLACE_WITH_PASSWORD'),
        'ftp://user:*****@files.internal/',
        'amqp://guest:guest@localhost:5672/',
        `new URL('https://abc:${generate.alnum(8)}@example.com')`,
        `https://deploy:${generate.alnum(12)}@git.example.org/repo.git`,
        `https://${generate.lowerAlnum(8)}@github.com/org/repo.git`,
        "href: 'https://a:b@xn--g6w251d/?abc#foo'",
        // Template fields: Python's str.format and f-strings, and kebab-case names in shell templates.
        'f"postgresql://{user}:{db.password}@{host}:5432/app"',
        'git remote set-url origin https://x-access-token:{github-token}@github.com/org/repo.git',
      ],
    },
  },
];
