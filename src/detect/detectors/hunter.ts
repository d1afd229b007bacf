import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const hunterDetectors: readonly Detector[] = [
  assignedToken({
    id: 'hunter-api-key',
    description: 'Hunter API key assigned to a hunter-named setting',
    keywords: ['hunter'],
    // Hunter.io API keys (hunter.io/api-documentation, api_key=): 40 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('hunter'),
    value: '[a-f0-9]{40}',
    minEntropy: 3,
    fix: 'Revoke the key in Hunter (Dashboard → API), then read a new one from the HUNTER_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`HUNTER_API_KEY=${generate.hex(40)}`, `hunter_key: "${generate.hex(40)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(40)}`, `HUNTER_API_KEY=${generate.hex(20)}`, `HUNTER_API_ACCOUNT_ID=${generate.hex(40)}`],
    },
  }),
];
