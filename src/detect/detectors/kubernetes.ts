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

/**
 * A Secret manifest (https://kubernetes.io/docs/concepts/configuration/secret/): `apiVersion:` opens
 * it, `kind: Secret` (case counts in Kubernetes; gitleaks also takes `secret`) comes before or after
 * the `data:` map (kubectl's `get -o yaml` sorts it after), whose values are base64 of any key's
 * secret (`tls.key`, `.dockerconfigjson`), plain or as a `|` / `>` block scalar. Every part is a
 * lookaround around the entry's own line, so that the entries of one map are matched one by one.
 * The window reaches 10 entries above a value, and 24 header lines between `data:` and the kind or
 * `apiVersion:` (`metadata:` with its labels).
 */
const DATA_ENTRIES = 10;
const HEADER_LINE_COUNT = 24;
const SECRET_KIND = `kind:[ \\t]{0,4}["']?[Ss]ecret["']?[ \\t]{0,8}$`;
const DATA_KEY = `^(?:string)?[Dd]ata:[ \\t]{0,8}\\n`;
/** The map's entries above the secret's (comments and wrapped block lines too), and its own line up to the value. */
const ENTRIES_ABOVE = `(?:[ \\t#][^\\n]{0,400}\\n){0,${DATA_ENTRIES}}[^\\n]{0,4100}`;
/** `metadata:` and its labels between `kind: Secret` and `data:`, or the lines between `apiVersion:` and `data:`. */
const HEADER_LINES = `(?:[^\\n]{0,150}\\n){0,${HEADER_LINE_COUNT}}`;
const DATA_ENTRY = `^[ \\t]{1,8}[\\w.-]{1,100}:[ \\t]{0,4}(?:[|>][-+]?[ \\t]{0,4}\\n[ \\t]{1,16})?["']?(?<secret>[A-Za-z0-9+/]{12,4000}={0,3})["']?[ \\t]{0,8}$`;
const OPENED_MANIFEST = `(?<=apiVersion:[^\\n]{0,100}\\n${HEADER_LINES}${DATA_KEY}${ENTRIES_ABOVE})`;
const KIND_ABOVE = `(?<=^[ \\t]{0,4}${SECRET_KIND}\\n${HEADER_LINES}${DATA_KEY}${ENTRIES_ABOVE})`;
const KIND_BELOW = `(?=(?:\\n[^\\n]{0,500}){0,${HEADER_LINE_COUNT}}\\n[ \\t]{0,4}${SECRET_KIND})`;
/** From `apiVersion:` down to the value: the header, `data:`, the entries above, the value's block line. */
const MANIFEST_LINES_ABOVE = 1 + HEADER_LINE_COUNT + 1 + DATA_ENTRIES + 1;

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
  {
    id: 'kubernetes-secret-data',
    description: 'Base64 value in the data of a Kubernetes Secret manifest',
    keywords: ['apiversion'],
    // Secret: `kind: Secret` and a `data:` map of names to base64 values (https://kubernetes.io/docs/concepts/configuration/secret/).
    pattern: new RegExp(`${DATA_ENTRY}${OPENED_MANIFEST}(?:${KIND_ABOVE}|${KIND_BELOW})`, 'm'),
    window: { before: MANIFEST_LINES_ABOVE, after: HEADER_LINE_COUNT + 1 },
    minEntropy: 3,
    fix: 'Change the password or key at the system it opens (base64 is an encoding, not encryption), then keep the manifest out of git: create the Secret from your secret manager (External Secrets, Sealed Secrets, SOPS) or with `kubectl create secret` at deploy time.',
    examples: {
      detects: (generate) => [
        `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-tls\n  namespace: prod\ntype: kubernetes.io/tls\ndata:\n  tls.key: ${generate.base64(64)}\n  tls.crt: ${generate.base64(60)}==\n`,
        `apiVersion: v1\ndata:\n  # registry login\n  .dockerconfigjson: |\n    ${generate.base64(80)}=\nkind: Secret\nmetadata:\n  name: registry\n`,
        `---\napiVersion: "v1"\nkind: "Secret"\nmetadata:\n  name: db\n  labels:\n    app: api\nstringData:\n  key: '${generate.base64(24)}'\ntype: Opaque`,
      ],
      ignores: (generate) => [
        `apiVersion: v1\nkind: ConfigMap\ndata:\n  bundle: ${generate.base64(64)}\n`,
        `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  data:\n    - secretKey: api-key\n      remoteRef:\n        key: ${generate.base64(20)}\n`,
        'apiVersion: v1\nkind: Secret\ndata:\n  password: {{ .Values.password | b64enc }}\n',
        `apiVersion: v1\nkind: Secret\nmetadata:\n  annotations:\n    checksum: ${generate.hex(64)}\ntype: Opaque\n`,
        `apiVersion: isindir.github.com/v1alpha3\nkind: SopsSecret\nspec:\n  data:\n    key: ${generate.base64(40)}\n`,
      ],
    },
  },
];
