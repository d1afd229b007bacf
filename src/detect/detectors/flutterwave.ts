import type { Detector } from '../detector';

const ROTATE = 'Regenerate the keys in the Flutterwave dashboard (Settings → API keys), then read the secret key from the environment or your secret manager.';

export const flutterwaveDetectors: readonly Detector[] = [
  {
    id: 'flutterwave-secret-key',
    description: 'Flutterwave secret key (live or test)',
    keywords: ['flwseck-', 'flwseck_test-'],
    // Flutterwave API keys ("Authentication → API keys"): "FLWSECK-" (live) or "FLWSECK_TEST-" + 32 hex + "-X"; public keys (FLWPUBK) are meant to be shown.
    pattern: /(?<![A-Za-z0-9_])(?<secret>FLWSECK(?:_TEST)?-[a-fA-F0-9]{32}-X)(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`FLWSECK-${generate.hex(32)}-X`, `FLW_SECRET_KEY=FLWSECK_TEST-${generate.hex(32)}-X`],
      ignores: (generate) => [`FLWPUBK-${generate.hex(32)}-X`, `FLWSECK-${generate.hex(20)}-X`],
    },
  },
];
