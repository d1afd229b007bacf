import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Regenerate the key in the Finnhub dashboard, then read it from the environment or your secret manager.';

export const finnhubDetectors: readonly Detector[] = [
  assignedToken({
    id: 'finnhub-api-key',
    description: 'Finnhub API key assigned to a finnhub-named setting',
    keywords: ['finnhub'],
    // Finnhub API keys ("Authentication", token= parameter): 20 lowercase letters and digits, so a finnhub name must precede them.
    name: 'finnhub[A-Za-z0-9_.-]{0,30}',
    value: '[a-z0-9]{20}',
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`FINNHUB_API_KEY=${generate.lowerAlnum(20)}`, `finnhub.apiKey: "${generate.lowerAlnum(20)}"`],
      ignores: (generate) => [`api_key = ${generate.lowerAlnum(20)}`, `FINNHUB_API_KEY=${generate.lowerAlnum(10)}`],
    },
  }),
];
