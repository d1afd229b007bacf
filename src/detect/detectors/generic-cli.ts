import type { Detector } from '../detector';
import { isLiteralValue } from './assigned-value';
import { GENERIC_FIX, LITERAL, SECRET_NAME, SECRET_NAME_START, VALUE_END } from './generic';

/** A long option's `--` and the words of its name before the secret's name (`--client-secret`, `--api-key`). */
const LONG_OPTION = '(?<=(?:^|[ \\t])--[a-z0-9-]{0,40})';
/** The MySQL client programs (https://dev.mysql.com/doc/refman/8.0/en/programs-client.html) before their options, on one line. */
const IN_MYSQL_COMMAND = '(?<=\\bmysql(?:dump|admin|import|show|check)?\\b[^\\n]{0,200}[ \\t])';
/** The password ends at whitespace, a quote, or what ends a shell word. */
const SHELL_WORD = '[^\\s"\'`;&|()<>]{6,100}(?=[\\s"\'`;&|)]|$)';

/** `$DB_PASSWORD`, `--verbose`: the shell fills the first in, and the second is the next option. */
const isShellLiteral = (value: string): boolean => !/^[$-]/.test(value);

export const genericCliDetectors: readonly Detector[] = [
  {
    id: 'generic-cli-option',
    description: 'Literal value after a password, secret, token or key option on a command line (--token …)',
    // Every match follows a long option's `--`, much rarer in code than the names' words.
    keywords: ['--'],
    // No provider format: GNU long options take their value as the next word, `--name value`
    // (https://www.gnu.org/software/libc/manual/html_node/Argument-Syntax.html); `--name=value` is generic-assignment's.
    pattern: new RegExp(`${SECRET_NAME_START}${LONG_OPTION}${SECRET_NAME}[ \\t]{1,4}["']?(?<secret>${LITERAL})${VALUE_END}`, 'i'),
    minEntropy: 3,
    validate: (value) => isLiteralValue(value) && isShellLiteral(value),
    isGeneric: true,
    fix: GENERIC_FIX,
    examples: {
      detects: (generate) => [
        `deployctl deploy --project=shop --token ${generate.alnum(36)} main.ts`,
        `vault login -method=userpass username=ops --password '${generate.alnum(12)}${generate.digits(3)}'`,
        `./bin/sync --client-secret ${generate.alnum(28)}${generate.digits(4)} --tenant acme`,
        `gh-release upload --api-key "${generate.hex(40)}"`,
      ],
      ignores: (generate) => [
        'deployctl deploy --project=shop --token "$DENO_DEPLOY_TOKEN" main.ts',
        'docker login --password-stdin --username ops',
        'vault login --token <token>',
        `./bin/sync --client-secret-file /run/secrets/client-secret --tenant ${generate.alnum(12)}`,
        'npm publish --otp 123456 --token --verbose',
        'tool --password secretpassword',
      ],
    },
  },
  {
    id: 'generic-cli-mysql-password',
    description: 'Password in a MySQL client command line (mysql -p…)',
    keywords: ['mysql'],
    // MySQL's `-p[password]`: "you cannot have a space between the option and the password"; `-p` alone prompts
    // (https://dev.mysql.com/doc/refman/8.0/en/connection-options.html#option_general_password).
    pattern: new RegExp(`${IN_MYSQL_COMMAND}-p["']?(?<secret>${SHELL_WORD})`),
    minEntropy: 2.5,
    validate: isShellLiteral,
    isGeneric: true,
    fix: 'Change the MySQL user\'s password, then give it at run time: an option file outside the repository (`--defaults-extra-file`), `mysql_config_editor`, or `MYSQL_PWD` from your secret manager.',
    examples: {
      detects: (generate) => [
        `mysql -h db.internal -u app -p${generate.alnum(14)} shop < dump.sql`,
        `mysqldump -uroot -p'${generate.alnum(12)}!${generate.digits(2)}' --all-databases > backup.sql`,
      ],
      ignores: (generate) => [
        'mysql -h db.internal -u app -p shop',
        'mysql -u app -p"$MYSQL_PASSWORD" shop',
        `mysql -h db.internal -P3306 -u app ${generate.alnum(12)}`,
        `ssh -p2222 deploy@${generate.lowerAlnum(8)}.internal`,
      ],
    },
  },
];
