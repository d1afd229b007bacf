import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const detectifyDetectors: readonly Detector[] = [
  assignedToken({
    id: 'detectify-api-key',
    description: 'Detectify API key assigned to a detectify-named setting',
    keywords: ['detectify'],
    // Detectify API keys (developer.detectify.com, X-Detectify-Key): 32 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('detectify'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the key in Detectify (Team settings → API keys), then read a new one from the DETECTIFY_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`DETECTIFY_API_KEY=${generate.hex(32)}`, `detectify_key: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `DETECTIFY_API_KEY=${generate.hex(16)}`, `DETECTIFY_API_ACCOUNT_ID=${generate.hex(32)}`],
    },
  }),
];
