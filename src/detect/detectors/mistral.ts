import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

export const mistralDetectors: readonly Detector[] = [
  assignedToken({
    id: 'mistral-api-key',
    description: 'Mistral AI API key assigned to a mistral-named setting',
    keywords: ['mistral'],
    // Mistral AI API keys (console.mistral.ai → API keys): 32 alphanumerics with no marker; the SDKs read MISTRAL_API_KEY.
    name: 'mistral[A-Za-z0-9_.-]{0,30}',
    value: '[A-Za-z0-9]{32}',
    minEntropy: 4,
    fix: 'Delete the key at https://console.mistral.ai/api-keys, then read a new one from the MISTRAL_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`MISTRAL_API_KEY=${generate.alnum(32)}`, `mistral_key: "${generate.alnum(32)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(32)}`, 'MISTRAL_MODEL=mistralLargeLatest2411'],
    },
  }),
];
