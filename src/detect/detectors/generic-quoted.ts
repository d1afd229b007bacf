import type { Detector } from '../detector';
import { isQuotedLiteral } from './assigned-value';
import { GENERIC_FIX, GENERIC_KEYWORDS, LONGEST_VALUE, NOT_PUBLIC, SECRET_NAME, SECRET_NAME_START } from './generic';
import { looksLikeHumanPassword } from './value-shape';

/**
 * An assigned value between quotes, the closing quote included: only that quote ends it, so the
 * punctuation of a Django SECRET_KEY (`&`, `(`, `=`, `#`) stays inside.
 */
const QUOTED_ASSIGNMENT = `["'\`]?[ \\t]{0,8}[:=][=>]?[ \\t]{0,8}["'\`](?<secret>[^\\s"'\`=:][^\\s"'\`]{7,${LONGEST_VALUE - 1}})["'\`]`;

/** What Django's startproject draws a SECRET_KEY from (django.core.management.utils.get_random_secret_key). */
const DJANGO_KEY_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)';

export const genericQuotedDetectors: readonly Detector[] = [
  {
    id: 'generic-quoted-assignment',
    description: 'High-entropy value between quotes assigned to a password, secret, token or key name',
    keywords: GENERIC_KEYWORDS,
    // No provider format: `name = "value"` and the other forms of generic-assignment, the value between quotes holding any punctuation but a quote, 8–1000 characters.
    pattern: new RegExp(`${SECRET_NAME_START}${NOT_PUBLIC}${SECRET_NAME}${QUOTED_ASSIGNMENT}`, 'i'),
    minEntropy: 3,
    validate: isQuotedLiteral,
    isGeneric: true,
    isWeakSecret: looksLikeHumanPassword,
    fix: GENERIC_FIX,
    examples: {
      detects: (generate) => [
        `SECRET_KEY = '${generate.chars(DJANGO_KEY_CHARS, 24)}&${generate.chars(DJANGO_KEY_CHARS, 25)}'`,
        `"password": "${generate.alnum(6)}(${generate.digits(3)})${generate.alnum(4)}",`,
        `secret_key_base = "${generate.alnum(30)},${generate.alnum(30)}"`,
        `  db_password: '${generate.alnum(8)}[${generate.alnum(4)}]'`,
        `db_pass: '${generate.alnum(1)}${generate.chars('!@#$^&*?.,:;-_+=~', 20)}'`,
      ],
      ignores: (generate) => [
        "$router->get('/user/password', 'edit_password');",
        "$('#add-password').on('click', openForm);",
        'password = ",.:-@*?!#"',
        'token := "Bearer-%v"',
        'password: "^(?=.*[A-Z])(?=.*\\d).{8,}$"',
        `publicToken = "${generate.alnum(20)}&${generate.alnum(20)}"`,
        'password = "<your password>"',
        'password: "${DB_PASSWORD}"',
        'expect(shown).toMatch(/ token = "tok_\\*{8}"/);',
      ],
    },
  },
];
