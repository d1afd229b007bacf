import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const lunchmoneyDetectors: readonly Detector[] = [
  assignedToken({
    id: 'lunchmoney-access-token',
    description: 'LunchMoney access token assigned to a lunchmoney-named setting',
    keywords: ['lunchmoney', 'lunch_money'],
    // Lunch Money access tokens (lunchmoney.dev, Bearer): 50 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('lunchmoney|lunch_money'),
    value: '[a-f0-9]{50}',
    minEntropy: 3,
    fix: 'Revoke the token in LunchMoney (Settings → Developers → Access tokens), then read a new one from the LUNCHMONEY_ACCESS_TOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`LUNCHMONEY_ACCESS_TOKEN=${generate.hex(50)}`, `lunchmoney_token: "${generate.hex(50)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(50)}`, `LUNCHMONEY_ACCESS_TOKEN=${generate.hex(25)}`, `LUNCHMONEY_ACCESS_ACCOUNT_ID=${generate.hex(50)}`],
    },
  }),
];
