import type { Detector } from '../detector';

const ROTATE = 'Revoke the token in Sourcegraph (Settings → Access tokens → Delete), then let the tool read a new one from SRC_ACCESS_TOKEN or your secret manager.';

export const sourcegraphDetectors: readonly Detector[] = [
  {
    id: 'sourcegraph-access-token',
    description: 'Sourcegraph access token',
    keywords: ['sgp_'],
    // Sourcegraph access tokens ("Revoking an access token": they start with sgp_): "sgp_" + an optional 16-hex instance ID or "local" and "_", then 40 hex.
    pattern: /(?<![A-Za-z0-9_])(?<secret>sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40})(?![A-Za-z0-9_])/,
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`sgp_${generate.hex(16)}_${generate.hex(40)}`, `SRC_ACCESS_TOKEN=sgp_${generate.hex(40)}`, `sgp_local_${generate.hex(40)}`],
      ignores: (generate) => [`sgp_${generate.hex(20)}`, 'Access tokens start with sgp_ and are shown once.'],
    },
  },
];
