import type { Detector } from '../detector';

const ROTATE = 'Revoke it (vault token revoke, or revoke the lease/accessor), then let the application log in with an auth method (AppRole, Kubernetes, cloud IAM) instead of a stored token.';

function vaultToken(id: string, prefix: string, description: string): Detector {
  const escaped = prefix.replace('.', '\\.');
  return {
    id,
    description,
    keywords: [prefix],
    // Vault 1.10+ token formats: "hvs." service, "hvb." batch, "hvr." recovery, then base64url (24 characters and up; namespaced and batch tokens run to hundreds).
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?<secret>${escaped}[A-Za-z0-9_-]{24,500})(?![A-Za-z0-9_-])`),
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`${prefix}${generate.base64url(24)}`, `VAULT_TOKEN=${prefix}CAES${generate.base64url(90)}`],
      ignores: (generate) => [`${prefix}${generate.base64url(10)}`, `Service tokens start with ${prefix} and batch tokens with another prefix.`],
    },
  };
}

export const vaultDetectors: readonly Detector[] = [
  vaultToken('vault-batch-token', 'hvb.', 'HashiCorp Vault batch token'),
  vaultToken('vault-recovery-token', 'hvr.', 'HashiCorp Vault recovery token'),
  vaultToken('vault-service-token', 'hvs.', 'HashiCorp Vault service token'),
];
