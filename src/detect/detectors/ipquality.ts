import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const ipqualityDetectors: readonly Detector[] = [
  assignedToken({
    id: 'ipquality-api-key',
    description: 'IPQualityScore API key assigned to an ipquality-named setting',
    keywords: ['ipquality'],
    // IPQualityScore API keys (ipqualityscore.com/documentation, in the request path): 32 alphanumerics with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('ipquality'),
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3.5,
    fix: 'Revoke the key in IPQualityScore (Account Settings → API key), then read a new one from the IPQUALITYSCORE_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`IPQUALITYSCORE_API_KEY=${generate.alnum(32)}`, `ipquality_key: "${generate.alnum(32)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(32)}`, `IPQUALITYSCORE_API_KEY=${generate.alnum(16)}`, `IPQUALITYSCORE_API_ACCOUNT_ID=${generate.alnum(32)}`],
    },
  }),
];
