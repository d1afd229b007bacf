import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const geoapifyDetectors: readonly Detector[] = [
  assignedToken({
    id: 'geoapify-api-key',
    description: 'Geoapify API key assigned to a geoapify-named setting',
    keywords: ['geoapify'],
    // Geoapify API keys (apidocs.geoapify.com, apiKey=): 32 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('geoapify'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the key in Geoapify (MyProjects → the project → API keys), then read a new one from the GEOAPIFY_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`GEOAPIFY_API_KEY=${generate.hex(32)}`, `geoapify_key: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `GEOAPIFY_API_KEY=${generate.hex(16)}`, `GEOAPIFY_API_ACCOUNT_ID=${generate.hex(32)}`],
    },
  }),
];
