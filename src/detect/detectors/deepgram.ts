import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const deepgramDetectors: readonly Detector[] = [
  assignedToken({
    id: 'deepgram-api-key',
    description: 'Deepgram API key assigned to a deepgram-named setting',
    keywords: ['deepgram'],
    // Deepgram API keys (developers.deepgram.com "Authentication", "Authorization: Token …"): 40 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('deepgram'),
    value: '[a-f0-9]{40}',
    minEntropy: 3,
    fix: 'Revoke the key in Deepgram (Console → the project → API Keys), then read a new one from the DEEPGRAM_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`DEEPGRAM_API_KEY=${generate.hex(40)}`, `deepgram_key: "${generate.hex(40)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(40)}`, `DEEPGRAM_API_KEY=${generate.hex(20)}`, `DEEPGRAM_API_ACCOUNT_ID=${generate.hex(40)}`],
    },
  }),
];
