import type { Detector, SampleGenerator } from '../detector';

const ROTATE =
  'Treat the key as compromised: generate a new key pair, replace the public key wherever it is trusted (servers, deploy keys, certificates, key servers), and load the private key from a file outside the repository or a secret manager.';

const BASE64 = '[A-Za-z0-9+/=]';
/** Body lines may be indented (a key pasted into a YAML block scalar). */
const INDENT = '[ \\t]{0,16}';
/** The headers of a PuTTY key file, versions 2 and 3. */
const PPK_HEADER_NAME = '(?:Encryption|Comment|Public-Lines|Private-Lines|Private-MAC|Key-Derivation|Argon2-[A-Za-z]{1,12}): ';

/**
 * How many lines a PEM block may span: a 4096-bit RSA key is about 50 lines of 64 characters. The
 * diff parser strips carriage returns, so the multi-line patterns only need "\n".
 */
const PEM_LINES = 60;

/** A line break inside a JSON string: the two characters "\\n". */
const ESCAPED_NEWLINE = '\\\\n';

/**
 * A private key's label line and headers, up to its base64 body, with `newline` between lines. PEM
 * labels (RFC 7468) may carry the encrypted-PEM headers Proc-Type and DEK-Info (RFC 1421); OpenPGP
 * armor (RFC 4880 §6.2) may carry Version and Comment. A blank line always ends the headers, which
 * keeps a header from being mistaken for the first body line.
 */
function keyLabel(newline: string, headerValue: string): string {
  const pem = `(?:(?:RSA|EC|DSA|OPENSSH|ENCRYPTED) )?PRIVATE KEY-----${newline}(?:Proc-Type: ${headerValue}${newline}DEK-Info: ${headerValue}${newline}${newline})?`;
  const pgp = `PGP PRIVATE KEY BLOCK-----${newline}(?:(?:Version|Comment): ${headerValue}${newline}){0,4}${newline}`;
  return `(?:${pem}|${pgp})`;
}

/** 64-character base64 lines, as every PEM and OpenPGP encoder writes them. */
function base64Lines(generate: SampleGenerator, count: number): string[] {
  return [...Array.from({ length: count }, () => generate.base64(64)), `${generate.base64(20)}==`];
}

function pemBlock(label: string, lines: readonly string[]): string {
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join('\n');
}

/** The same block as a JSON string holds it (service-account files): one line, "\n" written out. */
function escapedPemBlock(label: string, lines: readonly string[]): string {
  return pemBlock(label, lines).split('\n').join('\\n') + '\\n';
}

/** A .ppk file as PuTTYgen writes it: an RSA key, 5 + 1 public and 13 + 1 private base64 lines. */
function ppkFile(generate: SampleGenerator, version: string, encryption: string): string {
  return [
    `PuTTY-User-Key-File-${version}: ssh-rsa`,
    `Encryption: ${encryption}`,
    `Comment: rsa-key-${generate.digits(8)}`,
    'Public-Lines: 6',
    ...base64Lines(generate, 5),
    'Private-Lines: 14',
    ...base64Lines(generate, 13),
    `Private-MAC: ${generate.hex(64)}`,
  ].join('\n');
}

/**
 * The secret runs from the label through the base64 body: different keys get different fingerprints,
 * and the label stays on the block's first line, where a finding must start.
 */
export const privateKeyDetectors: readonly Detector[] = [
  {
    id: 'private-key-escaped',
    severity: 'critical',
    description: 'Private key in a JSON string (service-account files), with "\\n" escapes',
    keywords: ['private key'],
    // RFC 7468 PEM with its line breaks written as the two characters "\n", as in GCP service-account JSON.
    pattern: new RegExp(
      `-----BEGIN (?<secret>${keyLabel(ESCAPED_NEWLINE, '[^\\\\\\n]{0,200}')}${BASE64}{40,4000}(?:${ESCAPED_NEWLINE}${BASE64}{1,100}){0,150})`,
    ),
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [
        `  "private_key": "${escapedPemBlock('PRIVATE KEY', base64Lines(generate, 25))}",`,
        `{"type": "service_account", "private_key": "${escapedPemBlock('RSA PRIVATE KEY', base64Lines(generate, 20))}"}`,
      ],
      ignores: (generate) => [
        `"private_key": "-----BEGIN PRIVATE KEY-----\\n<your key here>\\n-----END PRIVATE KEY-----\\n"`,
        `"public_key": "${escapedPemBlock('PUBLIC KEY', base64Lines(generate, 6))}"`,
      ],
    },
  },
  {
    id: 'private-key-pem',
    severity: 'critical',
    description: 'Private key in PEM or OpenPGP armor (RSA, EC, DSA, OpenSSH, PKCS#8, encrypted PKCS#8, PGP)',
    keywords: ['private key'],
    // RFC 7468 "-----BEGIN <label>-----" then optional "Name: value" headers (RFC 1421, RFC 4880 armor), a blank line, and base64 lines.
    pattern: new RegExp(
      `-----BEGIN (?<secret>${keyLabel('\\n', '[^\\n]{0,200}')}${INDENT}${BASE64}{40,100}(?:\\n${INDENT}${BASE64}{1,100}){0,${PEM_LINES}})`,
    ),
    minEntropy: 4,
    // The secret starts right after "-----BEGIN ": a line that mentions a private key without it is not searched.
    window: { after: PEM_LINES - 1, secretLineHolds: ['-----BEGIN '] },
    fix: ROTATE,
    examples: {
      detects: (generate) => [
        pemBlock('RSA PRIVATE KEY', base64Lines(generate, 24)),
        pemBlock('EC PRIVATE KEY', base64Lines(generate, 3)),
        pemBlock('DSA PRIVATE KEY', base64Lines(generate, 10)),
        // Every unencrypted OpenSSH key starts with this public preamble ("openssh-key-v1", cipher "none",
        // one key), zero-length fields included: its run of "A"s must not look like filler.
        pemBlock('OPENSSH PRIVATE KEY', ['b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW', ...base64Lines(generate, 5)]),
        pemBlock('PRIVATE KEY', base64Lines(generate, 16)),
        pemBlock('ENCRYPTED PRIVATE KEY', base64Lines(generate, 18)),
        pemBlock('RSA PRIVATE KEY', ['Proc-Type: 4,ENCRYPTED', `DEK-Info: AES-128-CBC,${generate.hex(32).toUpperCase()}`, '', ...base64Lines(generate, 24)]),
        pemBlock('PGP PRIVATE KEY BLOCK', ['Version: GnuPG v2', '', ...base64Lines(generate, 30), `=${generate.base64(4)}`]),
        `private_key: |\n  ${pemBlock('RSA PRIVATE KEY', base64Lines(generate, 12)).split('\n').join('\n  ')}`,
      ],
      ignores: (generate) => [
        pemBlock('PUBLIC KEY', base64Lines(generate, 6)),
        pemBlock('CERTIFICATE', base64Lines(generate, 12)),
        pemBlock('RSA PRIVATE KEY', ['...']),
        'Paste the key that starts with -----BEGIN OPENSSH PRIVATE KEY----- into the form.',
        pemBlock('PRIVATE KEY', Array.from({ length: 10 }, () => 'A'.repeat(64))),
      ],
    },
  },
  {
    id: 'private-key-putty',
    severity: 'critical',
    description: 'PuTTY private key file (.ppk)',
    keywords: ['putty-user-key-file-'],
    // PuTTY .ppk v2/v3: "PuTTY-User-Key-File-N: <algorithm>", "Name: value" headers, base64 Public-Lines and Private-Lines.
    pattern: new RegExp(
      `PuTTY-User-Key-File-[0-9]: (?<secret>[A-Za-z0-9@.-]{3,60}(?:\\n(?:${PPK_HEADER_NAME}[^\\n]{0,200}|${BASE64}{1,100})){4,${PEM_LINES}})`,
    ),
    validate: (secret) => /\nPrivate-Lines: [0-9]/.test(secret),
    minEntropy: 4,
    window: { after: PEM_LINES - 1, secretLineHolds: ['PuTTY-User-Key-File-'] },
    fix: ROTATE,
    examples: {
      detects: (generate) => [ppkFile(generate, '2', 'none'), ppkFile(generate, '3', 'aes256-cbc')],
      ignores: (generate) => [
        // Only the public half was pasted.
        ppkFile(generate, '3', 'none').split('\nPrivate-Lines')[0] ?? '',
        'Save it as a PuTTY-User-Key-File-3 (.ppk) with PuTTYgen.',
      ],
    },
  },
];
