import type { Detector } from '../detector';

const ROTATE = 'Delete the key in Postman (Settings → API keys), then create a new one and load it from the environment or Postman Vault.';

export const postmanDetectors: readonly Detector[] = [
  {
    id: 'postman-api-key',
    description: 'Postman API key',
    keywords: ['pmak-'],
    // Postman API keys ("Postman API authentication"): "PMAK-" + 24 hex + "-" + 34 hex.
    pattern: /(?<![A-Za-z0-9_])(?<secret>PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34})(?![A-Za-z0-9_])/,
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`PMAK-${generate.hex(24)}-${generate.hex(34)}`, `POSTMAN_API_KEY=PMAK-${generate.hex(24)}-${generate.hex(34)}`],
      ignores: (generate) => [`PMAK-${generate.hex(24)}`, `PMAK-${generate.hex(24)}-${generate.hex(10)}`],
    },
  },
];
