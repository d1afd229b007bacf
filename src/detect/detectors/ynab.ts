import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const ynabDetectors: readonly Detector[] = [
  assignedToken({
    id: 'ynab-access-token',
    description: 'YNAB (You Need A Budget) personal access token',
    keywords: ['ynab', 'youneedabudget'],
    // YNAB API personal access tokens (api.ynab.com "Authentication"): 64 hex characters.
    name: providerSetting('(?:ynab|youneedabudget)'),
    value: '[a-f0-9]{64}',
    minEntropy: 3,
    fix: 'Revoke the token in YNAB (Account settings → Developer settings), then read a new one from the environment (YNAB_ACCESS_TOKEN) or your secret manager.',
    examples: {
      detects: (generate) => [`YNAB_ACCESS_TOKEN=${generate.hex(64)}`, `ynab token: ${generate.hex(64)}`],
      ignores: (generate) => [`api_key = ${generate.hex(64)}`, `YNAB_ACCESS_TOKEN=${generate.hex(32)}`],
    },
  }),
];
