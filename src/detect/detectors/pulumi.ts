import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const pulumiDetectors: readonly Detector[] = [
  // Pulumi Cloud access tokens ("Access tokens"): "pul-" + 40 hex characters.
  prefixedToken({
    id: 'pulumi-access-token',
    severity: 'critical',
    description: 'Pulumi Cloud access token (state and secrets of every stack it can reach)',
    prefixes: ['pul-'],
    charset: 'a-f0-9',
    length: 40,
    minEntropy: 3.2,
    fix: 'Delete the token in Pulumi Cloud (Settings → Access tokens, or the organization’s or team’s tokens page), then use OIDC trust (pulumi login with an OIDC issuer) or a CI secret (PULUMI_ACCESS_TOKEN).',
    examples: {
      detects: (generate) => [`pul-${generate.hex(40)}`, `PULUMI_ACCESS_TOKEN=pul-${generate.hex(40)}`],
      ignores: (generate) => [`pul-${generate.hex(20)}`, `pul-${generate.hex(48)}`],
    },
  }),
];
