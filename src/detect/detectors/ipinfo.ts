import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const ipinfoDetectors: readonly Detector[] = [
  assignedToken({
    id: 'ipinfo-token',
    description: 'IPinfo access token assigned to an ipinfo-named setting',
    keywords: ['ipinfo'],
    // IPinfo access tokens (ipinfo.io/developers, token=): 14 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('ipinfo'),
    value: '[a-f0-9]{14}',
    minEntropy: 2.5,
    fix: 'Revoke the token in IPinfo (Dashboard → Token), then read a new one from the IPINFO_TOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`IPINFO_TOKEN=${generate.hex(14)}`, `ipinfo_token: "${generate.hex(14)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(14)}`, `IPINFO_TOKEN=${generate.hex(8)}`, `IPINFO_ACCOUNT_ID=${generate.hex(14)}`],
    },
  }),
];
