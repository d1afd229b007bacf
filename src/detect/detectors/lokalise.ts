import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const lokaliseDetectors: readonly Detector[] = [
  assignedToken({
    id: 'lokalise-api-token',
    description: 'Lokalise API token assigned to a lokalise-named setting',
    keywords: ['lokalise'],
    // Lokalise API tokens (developers.lokalise.com, X-Api-Token): 40 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('lokalise'),
    value: '[a-f0-9]{40}',
    minEntropy: 3,
    fix: 'Revoke the token in Lokalise (Personal profile → API tokens), then read a new one from the LOKALISE_API_TOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`LOKALISE_API_TOKEN=${generate.hex(40)}`, `lokalise_token: "${generate.hex(40)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(40)}`, `LOKALISE_API_TOKEN=${generate.hex(20)}`, `LOKALISE_API_ACCOUNT_ID=${generate.hex(40)}`],
    },
  }),
];
