import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const cloudsmithDetectors: readonly Detector[] = [
  assignedToken({
    id: 'cloudsmith-api-key',
    description: 'Cloudsmith API key assigned to a cloudsmith-named setting',
    keywords: ['cloudsmith'],
    // Cloudsmith API keys (help.cloudsmith.io, X-Api-Key): 40 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('cloudsmith'),
    value: '[a-f0-9]{40}',
    minEntropy: 3,
    fix: 'Revoke the key in Cloudsmith (User settings → API Settings → Refresh), then read a new one from the CLOUDSMITH_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`CLOUDSMITH_API_KEY=${generate.hex(40)}`, `cloudsmith_key: "${generate.hex(40)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(40)}`, `CLOUDSMITH_API_KEY=${generate.hex(20)}`, `CLOUDSMITH_API_ACCOUNT_ID=${generate.hex(40)}`],
    },
  }),
];
