import type { Detector } from '../detector';
import { isLiteralValue } from './assigned-value';
import { GENERIC_KEYWORDS, isSecretName, LITERAL_SECRET } from './generic';

/**
 * An env entry's `name:` line (`- name: DB_PASSWORD`, ECS JSON's `"name": "DB_PASSWORD",`), at most
 * one comment line, then the `value:` line. Quotes, spaces and commas around keys and values share
 * one class each, which keeps the backtracking check fast. Another entry's line in between (`- name:
 * …`, `valueFrom:`) ends the pair.
 */
const NAME_LINE = `name[ \\t"']{0,4}:[ \\t"']{0,6}(?<name>[A-Za-z0-9_.-]{1,100})[ \\t"',]{0,10}\\n`;
const COMMENT_LINE = `(?:[ \\t]{0,16}#[^\\n]{0,80}\\n)?`;
const VALUE_KEY = `[ \\t"']{0,41}value[ \\t"']{0,4}:[ \\t"']{0,6}`;
const NAME_OF_ENTRY = new RegExp(NAME_LINE);

/** Lines above the value that its `name:` line may be on: the line before, or the one before that. */
const NAME_DISTANCE = 2;

export const kubernetesDetectors: readonly Detector[] = [
  {
    id: 'kubernetes-env-secret',
    description: 'Literal value of a password, secret, token or key variable in a Kubernetes (or ECS) env list',
    keywords: GENERIC_KEYWORDS,
    // Kubernetes EnvVar (https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#environment-variables)
    // and ECS KeyValuePair: `- name: X` then `value: "…"`; `valueFrom.secretKeyRef` holds no value.
    pattern: new RegExp(`${NAME_LINE}${COMMENT_LINE}${VALUE_KEY}${LITERAL_SECRET}`),
    // VALUE_KEY puts `value` on the secret's line: the lines below every `token` or `key` without it are not searched.
    window: { before: NAME_DISTANCE, secretLineHolds: ['value'] },
    minEntropy: 3,
    // `$(VAR)` (Kubernetes' own expansion) and `${VAR}` cannot match: parentheses and braces end a value.
    validate: (value, match) => isSecretName(NAME_OF_ENTRY.exec(match)?.groups?.['name'] ?? '') && isLiteralValue(value),
    isGeneric: true,
    fix: 'Change the password or key at the system it opens, then store it in a Kubernetes Secret (or your secret manager) and give the variable `valueFrom: secretKeyRef:` instead of `value:`.',
    examples: {
      detects: (generate) => [
        `- name: DB_PASSWORD\n  value: "${generate.alnum(16)}"`,
        `            - name: REDIS_AUTH_TOKEN\n              value: ${generate.hex(40)}`,
        `- name: JWT_SECRET\n  # rotated by the platform team\n  value: '${generate.base64url(32)}'`,
        `{\n  "name": "STRIPE_API_KEY",\n  "value": "${generate.alnum(14)}!${generate.digits(3)}"\n}`,
      ],
      ignores: (generate) => [
        '- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: api-db\n      key: password',
        '- name: DB_PASSWORD\n  value: $(DB_PASSWORD_FROM_FILE)',
        '- name: API_TOKEN\n  value: "${API_TOKEN}"',
        `- name: LOG_FORMAT\n  value: ${generate.alnum(16)}`,
        '- name: DB_PASSWORD\n  value: ""',
        '- name: DB_PASSWORD\n  value: changeme-please',
        `- name: DB_PASSWORD\n- name: LOG_FORMAT\n  value: ${generate.alnum(16)}`,
        '- name: DB_PASSWORD_FILE\n  value: /run/secrets/db-password',
        '- name: TOKEN_URL\n  value: https://auth.example.org/oauth/token',
      ],
    },
  },
];
