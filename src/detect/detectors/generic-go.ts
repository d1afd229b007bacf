import type { Detector } from '../detector';
import { GENERIC_LITERAL_RULE, QUOTED_VALUE, SECRET_NAME } from './generic';

export const genericGoDetectors: readonly Detector[] = [
  {
    id: 'generic-go-typed-var',
    description: 'Literal string declared with its type to a password, secret, token or key name in Go (var apiToken string = "…")',
    // Every match declares a string, rarer than the names' words on a line.
    keywords: ['string'],
    // No provider format: a Go variable or constant declaration with a type, `var name string = "…"`, the
    // type between the name and `=` (https://go.dev/ref/spec#Variable_declarations); raw strings use backticks.
    pattern: new RegExp(`${SECRET_NAME}[ \\t]{1,4}string[ \\t]{0,4}=[ \\t]{0,4}["\`](?<secret>${QUOTED_VALUE})["\`]`, 'i'),
    // A quoted value is a literal whatever it looks like.
    ...GENERIC_LITERAL_RULE,
    examples: {
      detects: (generate) => [
        `var apiToken string = "${generate.alnum(28)}${generate.digits(4)}"`,
        `const dbPassword string = \`${generate.alnum(12)}${generate.digits(4)}\``,
        `\tclientSecret  string = "${generate.base64url(36)}${generate.digits(4)}"`,
      ],
      ignores: (generate) => [
        'var apiToken string = os.Getenv("API_TOKEN")',
        'var dbPassword string = ""',
        `var passwordHash string = "${generate.hex(64)}"`,
        'const tokenHeader string = "Authorization"',
      ],
    },
  },
];
