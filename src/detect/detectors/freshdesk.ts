import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const freshdeskDetectors: readonly Detector[] = [
  assignedToken({
    id: 'freshdesk-api-key',
    description: 'Freshdesk API key assigned to a freshdesk-named setting',
    keywords: ['freshdesk'],
    // Freshdesk API keys (developers.freshdesk.com/api, Basic username): 20 alphanumerics with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('freshdesk'),
    value: '[A-Za-z0-9]{20}',
    minEntropy: 3.5,
    fix: 'Revoke the key in Freshdesk (Profile settings → View API key → Reset), then read a new one from the FRESHDESK_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`FRESHDESK_API_KEY=${generate.alnum(20)}`, `freshdesk_key: "${generate.alnum(20)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(20)}`, `FRESHDESK_API_KEY=${generate.alnum(10)}`, `FRESHDESK_API_ACCOUNT_ID=${generate.alnum(20)}`],
    },
  }),
];
