import type { Detector } from '../detector';

const ROTATE = 'Delete the service client’s access key in Authress (Service clients → Access keys), then create a new one and keep it in your secret manager.';

export const authressDetectors: readonly Detector[] = [
  {
    id: 'authress-service-client-access-key',
    description: 'Authress service client access key',
    keywords: ['sc_', 'ext_', 'scauth_', 'authress_'],
    // Authress service client access keys ("Service clients → Access keys"): "sc_" / "ext_" / "scauth_" / "authress_" + client ID "." key ID ".acc_" or ".acc-" account ID "." base64 private key.
    pattern: /(?<![A-Za-z0-9_])(?<secret>(?:sc|ext|scauth|authress)_[a-z0-9]{5,30}\.[a-z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}\.[A-Za-z0-9+/_=-]{30,120})(?![A-Za-z0-9+/_=-])/,
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [
        `sc_${generate.lowerAlnum(12)}.${generate.lowerAlnum(4)}.acc_${generate.lowerAlnum(14)}.${generate.base64(60)}`,
        `AUTHRESS_KEY=authress_${generate.lowerAlnum(20)}.${generate.lowerAlnum(5)}.acc-${generate.lowerAlnum(12)}.${generate.base64url(80)}`,
      ],
      ignores: (generate) => [`sc_${generate.lowerAlnum(12)}.${generate.lowerAlnum(4)}.acc_${generate.lowerAlnum(14)}`, `sc_${generate.lowerAlnum(12)}.${generate.lowerAlnum(4)}.${generate.base64(60)}`],
    },
  },
];
