import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const onepasswordDetectors: readonly Detector[] = [
  {
    id: 'onepassword-secret-key',
    severity: 'critical',
    description: '1Password account Secret Key',
    keywords: ['a3-'],
    // 1Password Secret Keys ("About your Secret Key"): "A3-" + account ID (6) + 26 more characters in groups, upper-case alphanumerics.
    pattern: /(?<![A-Za-z0-9-])(?<secret>A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})(?![A-Za-z0-9-])/,
    minEntropy: 3.5,
    fix: 'Regenerate the Secret Key in 1Password (your account on 1password.com → Secret Key → Regenerate) and change the account password; never store it beside the password.',
    examples: {
      detects: (generate) => [
        `A3-${generate.upperAlnum(6)}-${generate.upperAlnum(6)}-${generate.upperAlnum(5)}-${generate.upperAlnum(5)}-${generate.upperAlnum(5)}-${generate.upperAlnum(5)}`,
        `OP_SECRET_KEY=A3-${generate.upperAlnum(6)}-${generate.upperAlnum(11)}-${generate.upperAlnum(5)}-${generate.upperAlnum(5)}-${generate.upperAlnum(5)}`,
      ],
      ignores: (generate) => [`A3-${generate.upperAlnum(6)}-${generate.upperAlnum(5)}`, 'A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX'],
    },
  },
  // 1Password service account tokens ("Service accounts"): "ops_" + base64 JSON ("eyJ…"), several hundred characters.
  prefixedToken({
    id: 'onepassword-service-account-token',
    severity: 'critical',
    description: '1Password service account token',
    prefixes: ['ops_eyJ'],
    charset: 'A-Za-z0-9+/_-',
    length: [250, 2000],
    notAfter: 'A-Za-z0-9_-',
    minEntropy: 4,
    fix: 'Revoke the service account token on 1password.com (Developer → Service accounts → the account → Revoke), then store the new one only in your CI secret store (OP_SERVICE_ACCOUNT_TOKEN).',
    examples: {
      detects: (generate) => [`ops_eyJ${generate.base64(400)}`, `OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ${generate.base64(600)}==`],
      ignores: (generate) => [`ops_eyJ${generate.base64(40)}`, 'OP_SERVICE_ACCOUNT_TOKEN=ops_…'],
    },
  }),
];
