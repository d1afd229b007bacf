import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

export const cohereDetectors: readonly Detector[] = [
  assignedToken({
    id: 'cohere-api-key',
    description: 'Cohere API key assigned to a cohere-named setting (or CO_API_KEY)',
    keywords: ['cohere', 'co_api_key'],
    // Cohere API keys (dashboard.cohere.com → API keys): 40 alphanumerics with no marker; the SDKs read CO_API_KEY.
    name: '(?:cohere[A-Za-z0-9_.-]{0,30}|co_api_key)',
    value: '[A-Za-z0-9]{40}',
    minEntropy: 4,
    fix: 'Delete the key at https://dashboard.cohere.com/api-keys, then read a new one from the CO_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`CO_API_KEY=${generate.alnum(40)}`, `cohere_api_key: "${generate.alnum(40)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(40)}`, `COHERE_API_KEY=${generate.alnum(20)}`],
    },
  }),
];
