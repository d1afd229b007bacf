import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const packagecloudDetectors: readonly Detector[] = [
  assignedToken({
    id: 'packagecloud-api-token',
    description: 'packagecloud API token',
    keywords: ['packagecloud'],
    // packagecloud API tokens (packagecloud.io/docs/api "Authentication"): 48 hex characters.
    name: providerSetting('packagecloud'),
    value: '[a-f0-9]{48}',
    minEntropy: 3,
    fix: 'Regenerate the token at https://packagecloud.io/api_token, then read a new one from the environment (PACKAGECLOUD_TOKEN) or your secret manager.',
    examples: {
      detects: (generate) => [`PACKAGECLOUD_TOKEN=${generate.hex(48)}`, `packagecloud token: ${generate.hex(48)}`],
      ignores: (generate) => [`api_key = ${generate.hex(48)}`, `PACKAGECLOUD_TOKEN=${generate.hex(24)}`],
    },
  }),
];
