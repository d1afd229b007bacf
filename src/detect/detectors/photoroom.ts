import type { Detector } from '../detector';

export const photoroomDetectors: readonly Detector[] = [
  {
    id: 'photoroom-api-key',
    description: 'Photoroom API key',
    keywords: ['sk_pr_'],
    // Photoroom API keys (docs.photoroom.com "API key"): ["sandbox_"] "sk_pr_" + the key's name + "_" + 40 hex.
    pattern: /(?<![A-Za-z0-9])(?<secret>(?:sandbox_)?sk_pr_[a-zA-Z0-9]{1,64}_[a-fA-F0-9]{40})(?![A-Za-z0-9_])/,
    minEntropy: 3,
    fix: 'Delete the key in the Photoroom API dashboard (https://app.photoroom.com/api-dashboard), then read a new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`sk_pr_default_${generate.hex(40)}`, `PHOTOROOM_API_KEY=sandbox_sk_pr_${generate.alnum(8)}_${generate.hex(40)}`],
      ignores: (generate) => [`sk_pr_default_${generate.hex(20)}`, 'PHOTOROOM_API_KEY=sk_pr_...'],
    },
  },
];
