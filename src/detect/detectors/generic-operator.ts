import type { Detector } from '../detector';
import { GENERIC_LITERAL_RULE, LITERAL, SECRET_NAME_WITHOUT_COUNTER, VALUE_END } from './generic';

/**
 * The assignment operators the generic rule's `=`, `:`, `:=` and `=>` leave out: GNU Make's `::=` and
 * `:::=` (simple and immediate assignment) and `?=` (only if unset), PHP's `.=` (append) and `??=`
 * (only if null). Each is one alternative of fixed characters, so nothing overlaps the name before it.
 * The name takes no counter (`token1`): with it and the operators' optional parts the backtracking
 * check cannot clear the pattern.
 */
const OPERATOR = '["\'`]?[ \\t]{0,8}(?::{2,3}|\\?{1,2}|\\.)=[ \\t]{0,8}["\'`]?';

export const genericOperatorDetectors: readonly Detector[] = [
  {
    id: 'generic-operator-assignment',
    description: 'High-entropy value assigned with a Make or PHP operator (::=, :::=, ?=, .=, ??=) to a password, secret, token or key name',
    // The operators, not the names: every match holds one, and they are rare beside the names' common words.
    keywords: ['::=', '?=', '.='],
    // No provider format: GNU Make's assignment operators (https://www.gnu.org/software/make/manual/html_node/Setting.html)
    // and PHP's `.=` and `??=` (https://www.php.net/manual/en/language.operators.assignment.php).
    pattern: new RegExp(`${SECRET_NAME_WITHOUT_COUNTER}${OPERATOR}(?<secret>${LITERAL})${VALUE_END}`, 'i'),
    ...GENERIC_LITERAL_RULE,
    examples: {
      detects: (generate) => [
        `DEPLOY_TOKEN ::= "${generate.alnum(20)}${generate.digits(4)}"`,
        `API_SECRET :::= ${generate.base64url(28)}${generate.digits(4)}`,
        `REGISTRY_PASSWORD ?= ${generate.alnum(12)}${generate.digits(4)}`,
        `$apiToken .= "${generate.hex(40)}";`,
        `$dbPassword ??= '${generate.alnum(14)}!';`,
      ],
      ignores: (generate) => [
        'DEPLOY_TOKEN ?= $(shell cat .token)',
        'API_SECRET ::= ${API_SECRET}',
        '$apiToken .= $suffix;',
        "$password ??= getenv('DB_PASSWORD');",
        `PASSWORD_HASH ?= ${generate.hex(64)}`,
        'TOKEN_FILE ?= /run/secrets/deploy-token',
        'password ?= changeme-please',
      ],
    },
  },
];
