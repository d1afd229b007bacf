import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const diffbotDetectors: readonly Detector[] = [
  assignedToken({
    id: 'diffbot-token',
    description: 'Diffbot API token assigned to a diffbot-named setting',
    keywords: ['diffbot'],
    // Diffbot API tokens (docs.diffbot.com, the token= parameter): 32 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('diffbot'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the token in Diffbot (Dashboard → Account → Token), then read a new one from the DIFFBOT_TOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`DIFFBOT_TOKEN=${generate.hex(32)}`, `diffbot_token: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `DIFFBOT_TOKEN=${generate.hex(16)}`, `DIFFBOT_ACCOUNT_ID=${generate.hex(32)}`],
    },
  }),
];
