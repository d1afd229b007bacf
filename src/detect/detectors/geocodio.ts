import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const geocodioDetectors: readonly Detector[] = [
  assignedToken({
    id: 'geocodio-api-key',
    description: 'Geocodio API key assigned to a geocodio-named setting',
    keywords: ['geocodio'],
    // Geocodio API keys (geocod.io/docs, api_key=): 39 lower-case alphanumerics with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('geocodio'),
    value: '[a-z0-9]{39}',
    minEntropy: 3.5,
    fix: 'Revoke the key in Geocodio (Dashboard → API Keys), then read a new one from the GEOCODIO_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`GEOCODIO_API_KEY=${generate.lowerAlnum(39)}`, `geocodio_key: "${generate.lowerAlnum(39)}"`],
      ignores: (generate) => [`api_key = ${generate.lowerAlnum(39)}`, `GEOCODIO_API_KEY=${generate.lowerAlnum(20)}`, `GEOCODIO_API_ACCOUNT_ID=${generate.lowerAlnum(39)}`],
    },
  }),
];
