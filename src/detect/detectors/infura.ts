import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const infuraDetectors: readonly Detector[] = [
  assignedToken({
    id: 'infura-api-key',
    description: 'Infura API key assigned to an infura-named setting',
    keywords: ['infura'],
    // Infura API keys and key secrets (docs.metamask.io/services, the key in the RPC URL path): 32 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('infura'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the key in Infura (the MetaMask developer dashboard → the API key → Settings), then read a new one from the INFURA_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`INFURA_API_KEY=${generate.hex(32)}`, `infura_key: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `INFURA_API_KEY=${generate.hex(16)}`, `INFURA_PROJECT_ID=${generate.hex(32)}`],
    },
  }),
];
