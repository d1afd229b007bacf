import type { Detector } from '../detector';

const ROTATE = 'Deactivate the key in your MaxMind account (Manage License Keys), generate a new one and give it to geoipupdate or the client through the environment or your secret manager.';

export const maxmindDetectors: readonly Detector[] = [
  {
    id: 'maxmind-license-key',
    description: 'MaxMind license key (GeoIP / minFraud)',
    keywords: ['_mmk'],
    // MaxMind license keys since March 2023 ("Changes to MaxMind License Keys"): 40 characters of [a-zA-Z0-9_], a six-character prefix and "_", ending "_mmk".
    pattern: /(?<![A-Za-z0-9_])(?<secret>[A-Za-z0-9]{6}_[A-Za-z0-9_]{29}_mmk)(?![A-Za-z0-9_])/,
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`${generate.alnum(6)}_${generate.alnum(29)}_mmk`, `MAXMIND_LICENSE_KEY=${generate.alnum(6)}_${generate.alnum(29)}_mmk`],
      ignores: (generate) => [`${generate.alnum(6)}_${generate.alnum(12)}_mmk`, 'License keys end in _mmk.'],
    },
  },
];
