import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const detectlanguageDetectors: readonly Detector[] = [
  assignedToken({
    id: 'detectlanguage-api-key',
    description: 'DetectLanguage API key assigned to a detectlanguage-named setting',
    keywords: ['detectlanguage', 'detect_language'],
    // Detect Language API keys (detectlanguage.com/documentation, Bearer): 32 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('detectlanguage|detect_language'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the key in DetectLanguage (Account → API key), then read a new one from the DETECTLANGUAGE_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`DETECTLANGUAGE_API_KEY=${generate.hex(32)}`, `detectlanguage_key: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `DETECTLANGUAGE_API_KEY=${generate.hex(16)}`, `DETECTLANGUAGE_API_ACCOUNT_ID=${generate.hex(32)}`],
    },
  }),
];
