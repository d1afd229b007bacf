import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Revoke it (vault token revoke, or revoke the lease/accessor), then let the application log in with an auth method (AppRole, Kubernetes, cloud IAM) instead of a stored token.';

/** 24 random base62 characters hold a capital, a small letter and a digit (all but about one in 400). */
function isRandomBase62(token: string): boolean {
  return /[A-Z]/.test(token) && /[a-z]/.test(token.slice(2)) && /[0-9]/.test(token);
}

function vaultToken(id: string, prefix: string, description: string): Detector {
  // Vault 1.10+ token formats: "hvs." service, "hvb." batch, "hvr." recovery, then base64url (24 characters and up; namespaced and batch tokens run to hundreds).
  return prefixedToken({
    id,
    description,
    prefixes: [prefix],
    charset: 'A-Za-z0-9_-',
    length: [24, 500],
    notAfter: 'A-Za-z0-9_.-',
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`${prefix}${generate.base64url(24)}`, `VAULT_TOKEN=${prefix}CAES${generate.base64url(90)}`],
      ignores: (generate) => [`${prefix}${generate.base64url(10)}`, `Service tokens start with ${prefix} and batch tokens with another prefix.`],
    },
  });
}

export const vaultDetectors: readonly Detector[] = [
  vaultToken('vault-batch-token', 'hvb.', 'HashiCorp Vault batch token'),
  vaultToken('vault-recovery-token', 'hvr.', 'HashiCorp Vault recovery token'),
  vaultToken('vault-service-token', 'hvs.', 'HashiCorp Vault service token'),
  assignedToken({
    id: 'vault-legacy-token',
    description: 'HashiCorp Vault token in the pre-1.10 format (s.…) assigned to a vault- or token-named setting',
    keywords: ['vault', 'token'],
    // Vault tokens before 1.10 ("Tokens"): "s." + 24 base62 characters; "s." is far too common to stand alone, so a vault or token name must precede it.
    name: '(?:vault[A-Za-z0-9_.-]{0,30}|token)',
    value: 's\\.[A-Za-z0-9]{24}',
    minEntropy: 3.5,
    validate: isRandomBase62,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`VAULT_TOKEN=s.${generate.alnum(24)}`, `vault_token: "s.${generate.alnum(24)}"`, `token: s.${generate.alnum(24)}`],
      ignores: (generate) => [
        // A dotted name, not a token: no digits, no capitals.
        `token = s.${generate.chars('abcdefghijklmnopqrstuvwxyz', 24)}`,
        'VAULT_ADDR=https://vault.internal:8200',
      ],
    },
  }),
];
