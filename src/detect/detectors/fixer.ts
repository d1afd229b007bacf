import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const fixerDetectors: readonly Detector[] = [
  assignedToken({
    id: 'fixer-access-key',
    description: 'Fixer access key assigned to a fixer-named setting',
    keywords: ['fixer'],
    // Fixer access keys (fixer.io/documentation, access_key): 32 characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('fixer'),
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the key in Fixer (Dashboard → Your API Key), then read a new one from the FIXER_ACCESS_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`FIXER_ACCESS_KEY=${generate.hex(32)}`, `fixer_key: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `FIXER_ACCESS_KEY=${generate.hex(16)}`, `FIXER_ACCESS_ACCOUNT_ID=${generate.hex(32)}`],
    },
  }),
];
