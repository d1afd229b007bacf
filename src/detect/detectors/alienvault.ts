import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const alienvaultDetectors: readonly Detector[] = [
  assignedToken({
    id: 'alienvault-otx-key',
    description: 'AlienVault OTX API key assigned to an alienvault-named setting',
    keywords: ['alienvault'],
    // AlienVault OTX API keys (otx.alienvault.com/api, the X-OTX-API-KEY header): 64 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('alienvault'),
    value: '[a-f0-9]{64}',
    minEntropy: 3,
    fix: 'Revoke the key in AlienVault (Settings → OTX Key), then read a new one from the ALIENVAULT_OTX_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`ALIENVAULT_OTX_KEY=${generate.hex(64)}`, `alienvault_key: "${generate.hex(64)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(64)}`, `ALIENVAULT_OTX_KEY=${generate.hex(32)}`, `ALIENVAULT_OTX_ACCOUNT_ID=${generate.hex(64)}`],
    },
  }),
];
