import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const etherscanDetectors: readonly Detector[] = [
  assignedToken({
    id: 'etherscan-api-key',
    description: 'Etherscan API key assigned to an etherscan-named setting',
    keywords: ['etherscan'],
    // Etherscan API keys (docs.etherscan.io, hardhat-verify's etherscan.apiKey): 34 upper-case alphanumerics with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('etherscan'),
    value: '[A-Z0-9]{34}',
    minEntropy: 3.5,
    fix: 'Revoke the key in Etherscan (My Account → API Keys), then read a new one from the ETHERSCAN_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`ETHERSCAN_API_KEY=${generate.upperAlnum(34)}`, `etherscan_key: "${generate.upperAlnum(34)}"`],
      ignores: (generate) => [`api_key = ${generate.upperAlnum(34)}`, `ETHERSCAN_API_KEY=${generate.upperAlnum(16)}`, `ETHERSCAN_API_ACCOUNT_ID=${generate.upperAlnum(34)}`],
    },
  }),
];
