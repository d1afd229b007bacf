import type { Detector } from '../detector';

export const tailscaleDetectors: readonly Detector[] = [
  {
    id: 'tailscale-key',
    description: 'Tailscale API access token, auth key, OAuth client secret, SCIM or webhook key',
    keywords: ['tskey-'],
    // Tailscale key prefixes (tailscale.com/kb/1277/key-prefixes): "tskey-" + api|auth|client|scim|webhook +
    // "-" + the key id (ending "CNTRL") + "-" + the secret part, all case-sensitive base62.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>tskey-(?:api|auth|client|scim|webhook)-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{20,64})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    fix: 'Revoke the key on the Keys page of the Tailscale admin console (https://login.tailscale.com/admin/settings/keys), then read a new one from the environment (TS_AUTHKEY, TS_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [
        `tskey-auth-k${generate.alnum(6)}CNTRL-${generate.alnum(33)}`,
        `TS_API_KEY=tskey-api-k${generate.alnum(7)}CNTRL-${generate.alnum(33)}`,
      ],
      ignores: (generate) => [`tskey-auth-k${generate.alnum(6)}CNTRL`, 'TS_AUTHKEY=tskey-auth-xxxxx'],
    },
  },
];
