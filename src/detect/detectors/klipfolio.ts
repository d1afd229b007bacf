import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const klipfolioDetectors: readonly Detector[] = [
  assignedToken({
    id: 'klipfolio-api-key',
    description: 'Klipfolio API key assigned to a klipfolio-named setting',
    keywords: ['klipfolio'],
    // Klipfolio API keys (apidocs.klipfolio.com, kf-api-key): 40 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('klipfolio'),
    value: '[a-f0-9]{40}',
    minEntropy: 3,
    fix: 'Revoke the key in Klipfolio (the user\'s profile → API key), then read a new one from the KLIPFOLIO_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`KLIPFOLIO_API_KEY=${generate.hex(40)}`, `klipfolio_key: "${generate.hex(40)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(40)}`, `KLIPFOLIO_API_KEY=${generate.hex(20)}`, `KLIPFOLIO_API_ACCOUNT_ID=${generate.hex(40)}`],
    },
  }),
];
