import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const clockifyDetectors: readonly Detector[] = [
  assignedToken({
    id: 'clockify-api-key',
    description: 'Clockify API key assigned to a clockify-named setting',
    keywords: ['clockify'],
    // Clockify API keys (docs.clockify.me, the X-Api-Key header): 48 alphanumerics with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('clockify'),
    value: '[A-Za-z0-9]{48}',
    minEntropy: 4,
    fix: 'Revoke the key in Clockify (Profile settings → API), then read a new one from the CLOCKIFY_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`CLOCKIFY_API_KEY=${generate.alnum(48)}`, `clockify_key: "${generate.alnum(48)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(48)}`, `CLOCKIFY_API_KEY=${generate.alnum(24)}`, `CLOCKIFY_API_ACCOUNT_ID=${generate.alnum(48)}`],
    },
  }),
];
