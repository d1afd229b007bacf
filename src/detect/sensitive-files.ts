import type { Span } from '../model/redact';
import type { Confidence, Severity } from '../model/severity';
import type { SampleGenerator } from './detector';
import { looksLikePlaceholder } from './placeholders';

/** A changed file, as a sensitive-file example: its path, whether git calls it binary, its added lines. */
export interface FileSample {
  readonly path: string;
  readonly isBinary?: boolean;
  readonly lines: readonly string[];
}

/**
 * A rule about a file that is a secret by nature (a key store, a `.env` with values, Terraform
 * state): it reports the file once, even when no line of it matches a content rule or it is binary.
 */
export interface SensitiveFileRule {
  /** kebab-case, `sensitive-file-<kind>`; stable forever like every rule id. */
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  readonly confidence: Confidence;
  /** What the finding's preview says instead of showing content: "private key file". */
  readonly kind: string;
  /** The lowercase path, with "/" separators, names a file of this kind. */
  readonly isNamed: (path: string) => boolean;
  /** An added line that shows the file holds a secret (`path` is lowercase, as for isNamed). */
  readonly holdsSecret: (lineText: string, path: string) => boolean;
  /**
   * For kinds whose credential is a value on one line (a password in .netrc, a secret-named variable
   * in .env): where it is on an added line. Once the baseline accepts the file, such a line added
   * later is reported by itself. Absent where the whole file is the secret (key files, key stores).
   */
  readonly secretIn?: (lineText: string) => Span | undefined;
  /** A binary change to a file of this name is reported (DER keys, key stores); text formats are not read when binary. */
  readonly binaryIsSecret: boolean;
  readonly fix: string;
  readonly examples: {
    readonly reports: (generate: SampleGenerator) => readonly FileSample[];
    readonly ignores: (generate: SampleGenerator) => readonly FileSample[];
  };
}

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
const hasExtension = (path: string, ...extensions: readonly string[]): boolean => extensions.some((extension) => path.endsWith(extension));

/** A value written in place: not empty, not a placeholder or a reference, not a bare number or boolean. */
function isRealValue(raw: string): boolean {
  const value = raw.trim().replace(/^(["'])(.*)\1$/, '$2');
  if (value === '' || /^(?:[0-9.]{1,20}|true|false|yes|no|on|off|null|none)$/i.test(value)) return false;
  return !looksLikePlaceholder(value) && !/^\$|^\{\{|^var\./.test(value);
}

/** `(?:export )NAME=value`, the value unquoted or quoted; a ` #` comment after an unquoted value is not part of it. */
const ENV_ASSIGNMENT = /^[ \t]{0,20}(?:export[ \t]{1,10})?[A-Za-z_][A-Za-z0-9_.-]{0,200}[ \t]{0,10}=[ \t]{0,10}([^#]{0,2000})/;
/** Files that document which variables to set, never their values (dotenv's and Vite's conventions). */
const ENV_TEMPLATE = /\.(?:example|sample|template|dist|defaults)$/;
/** Names that announce a secret, as the generic rule reads them. */
const SECRET_NAME = /passw(?:or)?d|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential/i;
/** HCL `name = "value"` or JSON `"name": "value"`. */
const TFVARS_ASSIGNMENT = /^[ \t]{0,20}"?([A-Za-z0-9_-]{1,100})"?[ \t]{0,10}[=:][ \t]{0,10}("[^"]{1,2000}"|[^\s,]{1,2000})/;
/** RFC 7468 labels of private keys, OpenSSH's and OpenPGP's included. */
const PRIVATE_KEY_LABEL = /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/;

const isNotBlank = (line: string): boolean => line.trim() !== '';

/**
 * Where the real value that group `group` of `pattern` captures is on a line, quotes and spaces
 * trimmed; with `namePattern`, only when the text before the value names a secret.
 */
function valueSpan(pattern: RegExp, group = 1, namePattern?: RegExp): (line: string) => Span | undefined {
  const withIndices = new RegExp(pattern.source, `${pattern.flags}d`);
  return (line) => {
    const [start, end] = withIndices.exec(line)?.indices?.[group] ?? [];
    if (start === undefined || end === undefined || !isRealValue(line.slice(start, end))) return undefined;
    if (namePattern !== undefined && !namePattern.test(line.slice(0, start))) return undefined;
    return withoutQuotesAndSpaces(line, { start, end });
  };
}

function withoutQuotesAndSpaces(line: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(line[start] as string)) start++;
  while (end > start && /\s/.test(line[end - 1] as string)) end--;
  const quote = line[start];
  if (end - start >= 2 && (quote === '"' || quote === "'") && line[end - 1] === quote) return { start: start + 1, end: end - 1 };
  return { start, end };
}

const hasValue = (secretIn: (line: string) => Span | undefined) => (line: string): boolean => secretIn(line) !== undefined;

/** A kind whose credential is a value on one line: that line shows the file is sensitive, and is a secret by itself. */
function credentialLine(pattern: RegExp, group = 1, namePattern?: RegExp): Pick<SensitiveFileRule, 'holdsSecret' | 'secretIn'> {
  const secretIn = valueSpan(pattern, group, namePattern);
  return { holdsSecret: hasValue(secretIn), secretIn };
}

function isEnvFile(path: string): boolean {
  const name = baseName(path);
  if (ENV_TEMPLATE.test(name)) return false;
  return name === '.env' || name.startsWith('.env.');
}

const ROTATE_AND_REMOVE = 'Remove the file from the commit (git rm --cached <file>) and add it to .gitignore; ';

export const sensitiveFileRules: readonly SensitiveFileRule[] = [
  {
    id: 'sensitive-file-private-key',
    description: 'Private key file (id_rsa, id_ed25519, *.key, *.ppk, *.pem holding a private key)',
    severity: 'critical',
    confidence: 'high',
    kind: 'private key file',
    // OpenSSH's default key names (ssh-keygen(1) FILES); the .pub halves are public.
    isNamed: (path) =>
      /^id_(?:rsa|dsa|ecdsa|ed25519|ecdsa_sk|ed25519_sk)$/.test(baseName(path)) || hasExtension(path, '.key', '.ppk', '.pem'),
    holdsSecret: (line, path) => (path.endsWith('.pem') ? PRIVATE_KEY_LABEL.test(line) : isNotBlank(line)),
    binaryIsSecret: true,
    fix: `${ROTATE_AND_REMOVE}treat the key as compromised: generate a new key pair and replace the public key wherever it is trusted.`,
    examples: {
      reports: (generate) => [
        { path: '.ssh/id_rsa', lines: [generate.base64(64)] },
        { path: 'deploy/id_ed25519', isBinary: true, lines: [] },
        { path: 'config/master.key', lines: [generate.hex(32)] },
        { path: 'certs/server.pem', lines: ['-----BEGIN PRIVATE KEY-----', '...'] },
        { path: 'keys/putty.ppk', lines: ['PuTTY-User-Key-File-3: ssh-ed25519'] },
      ],
      ignores: (generate) => [
        { path: '.ssh/id_rsa.pub', lines: [`ssh-rsa ${generate.base64(300)} me@host`] },
        { path: 'certs/ca.pem', lines: ['-----BEGIN CERTIFICATE-----', generate.base64(64)] },
        { path: 'docs/id_rsa.md', lines: ['How to make an id_rsa key'] },
        { path: 'keys/empty.key', lines: [''] },
      ],
    },
  },
  {
    id: 'sensitive-file-keystore',
    description: 'Key store holding private keys (*.p12, *.pfx, *.jks, *.keystore)',
    severity: 'critical',
    confidence: 'high',
    kind: 'key store',
    isNamed: (path) => hasExtension(path, '.p12', '.pfx', '.jks', '.keystore'),
    holdsSecret: isNotBlank,
    binaryIsSecret: true,
    fix: `${ROTATE_AND_REMOVE}treat the keys in it as compromised: issue new certificates or signing keys and keep the store in a secret manager.`,
    examples: {
      reports: () => [
        { path: 'android/app/release.keystore', isBinary: true, lines: [] },
        { path: 'certs/client.p12', isBinary: true, lines: [] },
        { path: 'server.PFX', isBinary: true, lines: [] },
        { path: 'src/main/resources/keystore.jks', isBinary: true, lines: [] },
      ],
      ignores: () => [
        { path: 'docs/keystore.md', lines: ['Create release.keystore with keytool'] },
        { path: 'android/keystore.properties.example', lines: ['storeFile=release.keystore'] },
      ],
    },
  },
  {
    id: 'sensitive-file-env',
    description: '.env file with values (not .env.example, .env.sample or .env.template)',
    severity: 'high',
    confidence: 'medium',
    kind: '.env file with values',
    isNamed: isEnvFile,
    // Any value makes a .env sensitive; a secret-named one is a secret by itself.
    holdsSecret: hasValue(valueSpan(ENV_ASSIGNMENT)),
    secretIn: valueSpan(ENV_ASSIGNMENT, 1, SECRET_NAME),
    binaryIsSecret: false,
    fix: `${ROTATE_AND_REMOVE}commit a .env.example with the variable names and empty values instead, and rotate every credential the file held.`,
    examples: {
      reports: (generate) => [
        { path: '.env', lines: ['# local settings', 'PORT=3000', `DATABASE_PASSWORD=${generate.alnum(14)}`] },
        { path: 'services/api/.env.production', lines: [`export SESSION_KEY="${generate.base64(24)}"`] },
        { path: 'deploy/.env.local', lines: [`API_HOST=api.${generate.lowerAlnum(6)}.internal`] },
      ],
      ignores: (generate) => [
        { path: '.env.example', lines: [`DATABASE_PASSWORD=${generate.alnum(14)}`] },
        { path: '.env.sample', lines: ['API_KEY='] },
        { path: '.env.template', lines: ['API_KEY=your-api-key-here'] },
        { path: '.env', lines: ['# fill these in', 'API_KEY=', 'PORT=8080', 'DEBUG=true', 'TOKEN=${CI_TOKEN}'] },
        { path: 'src/env.ts', lines: ['export const API_KEY = process.env.API_KEY;'] },
      ],
    },
  },
  {
    id: 'sensitive-file-npmrc',
    description: '.npmrc holding a registry credential (_authToken, _auth, _password)',
    severity: 'high',
    confidence: 'high',
    kind: '.npmrc with a registry credential',
    isNamed: (path) => baseName(path) === '.npmrc',
    // npm config docs: "//registry/:_authToken=…", "_auth=…" (base64 user:password), "_password=…".
    ...credentialLine(/(?:^|:)_(?:authToken|auth|password)[ \t]{0,10}=[ \t]{0,10}(\S{1,2000})/),
    binaryIsSecret: false,
    fix: `${ROTATE_AND_REMOVE}revoke the token at the registry and write "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" instead.`,
    examples: {
      reports: (generate) => [
        { path: '.npmrc', lines: ['registry=https://registry.npmjs.org/', `//registry.npmjs.org/:_authToken=${generate.alnum(36)}`] },
        { path: 'packages/web/.npmrc', lines: [`_auth=${generate.base64(28)}`] },
      ],
      ignores: () => [
        { path: '.npmrc', lines: ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}'] },
        { path: '.npmrc', lines: ['save-exact=true', 'engine-strict=true'] },
      ],
    },
  },
  {
    id: 'sensitive-file-pypirc',
    description: '.pypirc holding a package index password or token',
    severity: 'high',
    confidence: 'high',
    kind: '.pypirc with a password',
    isNamed: (path) => baseName(path) === '.pypirc',
    // The .pypirc format (packaging.python.org): INI sections with "password = …".
    ...credentialLine(/^[ \t]{0,20}password[ \t]{0,10}[=:][ \t]{0,10}(\S[^\n]{0,2000})/i),
    binaryIsSecret: false,
    fix: `${ROTATE_AND_REMOVE}revoke the token on the package index and pass it to twine through TWINE_PASSWORD.`,
    examples: {
      reports: (generate) => [{ path: '.pypirc', lines: ['[pypi]', 'username = __token__', `password = ${generate.base64url(40)}`] }],
      ignores: () => [
        { path: '.pypirc', lines: ['[pypi]', 'username = __token__', 'password = <your token>'] },
        { path: '.pypirc', lines: ['[distutils]', 'index-servers = pypi'] },
      ],
    },
  },
  {
    id: 'sensitive-file-netrc',
    description: '.netrc holding a password',
    severity: 'high',
    confidence: 'high',
    kind: '.netrc with a password',
    isNamed: (path) => baseName(path) === '.netrc' || baseName(path) === '_netrc',
    // netrc(5): "machine host login name password secret", tokens separated by spaces or newlines.
    ...credentialLine(/(?:^|\s)password[ \t]{1,10}(\S{1,2000})/),
    binaryIsSecret: false,
    fix: `${ROTATE_AND_REMOVE}change the password at the host it names and keep ~/.netrc outside the repository.`,
    examples: {
      reports: (generate) => [{ path: '.netrc', lines: [`machine api.host.test login deploy password ${generate.alnum(16)}`] }],
      ignores: () => [{ path: '.netrc', lines: ['machine api.host.test login deploy password <password>'] }, { path: 'netrc.md', lines: ['password'] }],
    },
  },
  {
    id: 'sensitive-file-git-credentials',
    description: '.git-credentials holding a stored login',
    severity: 'high',
    confidence: 'high',
    kind: '.git-credentials with a login',
    isNamed: (path) => baseName(path) === '.git-credentials',
    // git-credential-store(1): one "https://user:password@host" per line.
    ...credentialLine(/^[a-z][a-z0-9+.-]{0,20}:\/\/[^\s:@/]{1,200}:([^\s@/]{1,2000})@/i),
    binaryIsSecret: false,
    fix: `${ROTATE_AND_REMOVE}revoke the token or change the password at the host it names.`,
    examples: {
      reports: (generate) => [{ path: '.git-credentials', lines: [`https://deploy:${generate.alnum(40)}@git.host.test`] }],
      ignores: () => [{ path: '.git-credentials', lines: ['https://user:${TOKEN}@git.host.test'] }, { path: 'git-credentials.md', lines: ['x'] }],
    },
  },
  {
    id: 'sensitive-file-credentials-json',
    description: 'credentials.json (OAuth client or service-account credentials)',
    severity: 'high',
    confidence: 'medium',
    kind: 'credentials.json',
    isNamed: (path) => /(?:^|[-_.])credentials\.json$/.test(baseName(path)),
    holdsSecret: isNotBlank,
    binaryIsSecret: false,
    fix: `${ROTATE_AND_REMOVE}delete the OAuth client secret or service-account key in its console and create a new one.`,
    examples: {
      reports: (generate) => [
        { path: 'credentials.json', lines: ['{"installed":{', `"client_id":"${generate.digits(12)}.apps.googleusercontent.test",`] },
        { path: 'config/gcp-credentials.json', lines: ['{'] },
      ],
      ignores: () => [{ path: 'src/credentials.json.ts', lines: ['export {}'] }, { path: 'docs/credentials.md', lines: ['credentials.json'] }],
    },
  },
  {
    id: 'sensitive-file-terraform-state',
    description: 'Terraform state (*.tfstate), which holds every resource attribute in plain text',
    severity: 'high',
    confidence: 'high',
    kind: 'Terraform state',
    isNamed: (path) => hasExtension(path, '.tfstate', '.tfstate.backup'),
    holdsSecret: isNotBlank,
    binaryIsSecret: false,
    fix: `${ROTATE_AND_REMOVE}keep state in a remote backend (S3, GCS, Terraform Cloud) and rotate the passwords and keys it holds.`,
    examples: {
      reports: () => [
        { path: 'infra/terraform.tfstate', lines: ['{', '  "version": 4,'] },
        { path: 'infra/terraform.tfstate.backup', lines: ['{'] },
      ],
      ignores: () => [{ path: 'infra/main.tf', lines: ['terraform {}'] }, { path: 'docs/tfstate.md', lines: ['terraform.tfstate'] }],
    },
  },
  {
    id: 'sensitive-file-kubeconfig',
    description: 'kubeconfig with a token, password or client key',
    severity: 'critical',
    confidence: 'high',
    kind: 'kubeconfig with credentials',
    // kubectl's ~/.kube/config, kubeadm's admin.conf, and files named after KUBECONFIG.
    isNamed: (path) => path.endsWith('.kube/config') || baseName(path) === 'admin.conf' || baseName(path).includes('kubeconfig'),
    ...credentialLine(/^[ \t-]{0,20}(?:token|password|client-key-data)[ \t]{0,10}:[ \t]{0,10}(\S{1,20000})/),
    binaryIsSecret: false,
    fix: `${ROTATE_AND_REMOVE}revoke the token or client certificate in the cluster and give CI its own short-lived credentials.`,
    examples: {
      reports: (generate) => [
        { path: '.kube/config', lines: ['users:', '- name: admin', '  user:', `    client-key-data: ${generate.base64(200)}`] },
        { path: 'ci/kubeconfig.yaml', lines: ['apiVersion: v1', 'kind: Config', `    token: ${generate.alnum(40)}`] },
      ],
      ignores: () => [
        { path: 'ci/kubeconfig.yaml', lines: ['kind: Config', '    token: ${KUBE_TOKEN}'] },
        { path: 'k8s/deployment.yaml', lines: ['    token: abc'] },
      ],
    },
  },
  {
    id: 'sensitive-file-tfvars',
    description: 'Terraform variables file (*.tfvars) assigning a password, secret, token or key',
    severity: 'high',
    confidence: 'medium',
    kind: '.tfvars with a secret',
    isNamed: (path) => hasExtension(path, '.tfvars', '.tfvars.json'),
    ...credentialLine(TFVARS_ASSIGNMENT, 2, SECRET_NAME),
    binaryIsSecret: false,
    fix: `${ROTATE_AND_REMOVE}pass secrets as TF_VAR_<name> environment variables or read them from a secret manager.`,
    examples: {
      reports: (generate) => [
        { path: 'prod.tfvars', lines: ['region = "eu-west-1"', `db_password = "${generate.alnum(18)}"`] },
        { path: 'env/prod.auto.tfvars.json', lines: ['{', `  "api_token": "${generate.alnum(30)}"`] },
      ],
      ignores: () => [
        { path: 'prod.tfvars', lines: ['region = "eu-west-1"', 'instance_count = 3'] },
        { path: 'prod.tfvars', lines: ['db_password = var.db_password', 'api_token = ""'] },
      ],
    },
  },
];
