import type { Detector } from '../detector';

export const saladcloudDetectors: readonly Detector[] = [
  {
    id: 'saladcloud-api-key',
    description: 'SaladCloud API key',
    keywords: ['salad_cloud_'],
    // SaladCloud API keys (docs.salad.com "API keys"): "salad_cloud_" + a short key id + "_" + the base62 secret.
    pattern: /(?<![A-Za-z0-9_])(?<secret>salad_cloud_[0-9A-Za-z]{1,7}_[0-9A-Za-z]{7,235})(?![A-Za-z0-9_])/,
    minEntropy: 3.5,
    fix: 'Regenerate the key in the SaladCloud portal (your account → API Access), then read the new one from the SALAD_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`salad_cloud_${generate.alnum(6)}_${generate.alnum(40)}`, `SALAD_API_KEY="salad_cloud_${generate.alnum(4)}_${generate.alnum(64)}"`],
      ignores: (generate) => [`salad_cloud_${generate.alnum(6)}`, 'SALAD_API_KEY=salad_cloud_user_key'],
    },
  },
];
