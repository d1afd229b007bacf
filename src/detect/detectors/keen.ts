import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const keenDetectors: readonly Detector[] = [
  assignedToken({
    id: 'keen-master-key',
    description: 'Keen master key assigned to a keen-named setting',
    keywords: ['keen'],
    // Keen project master, read and write keys (keen.io/docs/api): 64 upper-case hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('keen'),
    value: '[A-F0-9]{64}',
    minEntropy: 3,
    fix: 'Revoke the key in Keen (the project → Access → Regenerate), then read a new one from the KEEN_MASTER_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`KEEN_MASTER_KEY=${generate.hex(64).toUpperCase()}`, `keen_key: "${generate.hex(64).toUpperCase()}"`],
      ignores: (generate) => [`api_key = ${generate.hex(64).toUpperCase()}`, `KEEN_MASTER_KEY=${generate.hex(32).toUpperCase()}`, `KEEN_MASTER_ACCOUNT_ID=${generate.hex(64).toUpperCase()}`],
    },
  }),
];
