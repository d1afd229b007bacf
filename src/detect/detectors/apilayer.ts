import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const apilayerDetectors: readonly Detector[] = [
  assignedToken({
    id: 'apilayer-api-key',
    description: 'APILayer API key assigned to an apilayer-named setting',
    keywords: ['apilayer'],
    // APILayer marketplace keys (apilayer.com/docs, the apikey header): 32 alphanumerics with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('apilayer'),
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3.5,
    fix: 'Revoke the key in APILayer (Account → API keys), then read a new one from the APILAYER_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`APILAYER_API_KEY=${generate.alnum(32)}`, `apilayer_key: "${generate.alnum(32)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(32)}`, `APILAYER_API_KEY=${generate.alnum(16)}`, `APILAYER_API_ACCOUNT_ID=${generate.alnum(32)}`],
    },
  }),
];
