import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const mixpanelDetectors: readonly Detector[] = [
  assignedToken({
    id: 'mixpanel-api-secret',
    description: 'Mixpanel project API secret or service account secret',
    keywords: ['mixpanel'],
    // Mixpanel API secrets and service account secrets (developer.mixpanel.com "Authentication"): 32 base62 characters; the project token is public and not reported.
    name: providerSetting('mixpanel', 'secret'),
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    fix: 'Reset the secret in Mixpanel (Project settings → Access keys or Service accounts), then read a new one from the environment (MIXPANEL_API_SECRET) or your secret manager.',
    examples: {
      detects: (generate) => [`MIXPANEL_API_SECRET=${generate.alnum(32)}`, `mixpanel.apiSecret: "${generate.alnum(32)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(32)}`, `MIXPANEL_API_SECRET=${generate.alnum(16)}`],
    },
  }),
];
