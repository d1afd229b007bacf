import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const ayrshareDetectors: readonly Detector[] = [
  assignedToken({
    id: 'ayrshare-api-key',
    description: 'Ayrshare API key assigned to an ayrshare-named setting',
    keywords: ['ayrshare'],
    // Ayrshare API keys (docs.ayrshare.com, Bearer): four groups of 8 upper-case alphanumerics joined by "-"; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('ayrshare'),
    value: '[A-Z0-9]{8}-[A-Z0-9]{8}-[A-Z0-9]{8}-[A-Z0-9]{8}',
    minEntropy: 3.5,
    fix: 'Revoke the key in Ayrshare (Dashboard → API Key), then read a new one from the AYRSHARE_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`AYRSHARE_API_KEY=${generate.upperAlnum(8)}-${generate.upperAlnum(8)}-${generate.upperAlnum(8)}-${generate.upperAlnum(8)}`, `ayrshare_key: "${generate.upperAlnum(8)}-${generate.upperAlnum(8)}-${generate.upperAlnum(8)}-${generate.upperAlnum(8)}"`],
      ignores: (generate) => [`api_key = ${generate.upperAlnum(8)}-${generate.upperAlnum(8)}-${generate.upperAlnum(8)}-${generate.upperAlnum(8)}`, `AYRSHARE_API_KEY=${generate.upperAlnum(8)}`, `AYRSHARE_API_ACCOUNT_ID=${generate.upperAlnum(8)}-${generate.upperAlnum(8)}-${generate.upperAlnum(8)}-${generate.upperAlnum(8)}`],
    },
  }),
];
