import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const deepaiDetectors: readonly Detector[] = [
  assignedToken({
    id: 'deepai-api-key',
    description: 'DeepAI API key assigned to a deepai-named setting',
    keywords: ['deepai'],
    // DeepAI API keys (deepai.org/docs, the api-key header): a UUID with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('deepai'),
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 3,
    fix: 'Revoke the key in DeepAI (Dashboard → API key), then read a new one from the DEEPAI_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`DEEPAI_API_KEY=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `deepai_key: "${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `DEEPAI_API_KEY=${generate.hex(16)}`, `DEEPAI_API_ACCOUNT_ID=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
    },
  }),
];
