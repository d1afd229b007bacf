import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const bscscanDetectors: readonly Detector[] = [
  assignedToken({
    id: 'bscscan-api-key',
    description: 'BscScan API key assigned to a bscscan-named setting',
    keywords: ['bscscan'],
    // BscScan API keys (docs.bscscan.com): 34 upper-case alphanumerics with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('bscscan'),
    value: '[A-Z0-9]{34}',
    minEntropy: 3.5,
    fix: 'Revoke the key in BscScan (My Account → API Keys), then read a new one from the BSCSCAN_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`BSCSCAN_API_KEY=${generate.upperAlnum(34)}`, `bscscan_key: "${generate.upperAlnum(34)}"`],
      ignores: (generate) => [`api_key = ${generate.upperAlnum(34)}`, `BSCSCAN_API_KEY=${generate.upperAlnum(16)}`, `BSCSCAN_API_ACCOUNT_ID=${generate.upperAlnum(34)}`],
    },
  }),
];
