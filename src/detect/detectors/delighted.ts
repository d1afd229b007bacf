import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const delightedDetectors: readonly Detector[] = [
  assignedToken({
    id: 'delighted-api-key',
    description: 'Delighted API key assigned to a delighted-named setting',
    keywords: ['delighted'],
    // Delighted API keys (app.delighted.com/docs/api, Basic username): 32 alphanumerics with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('delighted'),
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3.5,
    fix: 'Revoke the key in Delighted (Integrations → API), then read a new one from the DELIGHTED_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`DELIGHTED_API_KEY=${generate.alnum(32)}`, `delighted_key: "${generate.alnum(32)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(32)}`, `DELIGHTED_API_KEY=${generate.alnum(16)}`, `DELIGHTED_API_ACCOUNT_ID=${generate.alnum(32)}`],
    },
  }),
];
