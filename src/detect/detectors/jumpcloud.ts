import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const jumpcloudDetectors: readonly Detector[] = [
  assignedToken({
    id: 'jumpcloud-api-key',
    description: 'JumpCloud API key assigned to a jumpcloud-named setting',
    keywords: ['jumpcloud'],
    // JumpCloud API keys (docs.jumpcloud.com/api, x-api-key): 40 alphanumerics with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('jumpcloud'),
    value: '[A-Za-z0-9]{40}',
    minEntropy: 3.5,
    fix: 'Revoke the key in JumpCloud (the admin portal → My API Key → Generate new API key), then read a new one from the JUMPCLOUD_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`JUMPCLOUD_API_KEY=${generate.alnum(40)}`, `jumpcloud_key: "${generate.alnum(40)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(40)}`, `JUMPCLOUD_API_KEY=${generate.alnum(20)}`, `JUMPCLOUD_API_ACCOUNT_ID=${generate.alnum(40)}`],
    },
  }),
];
