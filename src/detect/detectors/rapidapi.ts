import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Rotate the key in RapidAPI (Apps → Authorization → Rotate), then read it from your secret manager.';

export const rapidapiDetectors: readonly Detector[] = [
  assignedToken({
    id: 'rapidapi-key',
    description: 'RapidAPI key assigned to a rapidapi-named setting or header',
    keywords: ['rapidapi'],
    // RapidAPI keys ("Keys and key rotation", X-RapidAPI-Key): 50 characters of [A-Za-z0-9_-], so a rapidapi name must precede them.
    name: 'rapidapi[A-Za-z0-9_.-]{0,30}',
    value: '[A-Za-z0-9_-]{50}',
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`RAPIDAPI_KEY=${generate.base64url(50)}`, `rapidapi.key: "${generate.base64url(50)}"`, `headers: { 'X-RapidAPI-Key': '${generate.alnum(50)}' }`],
      ignores: (generate) => [`api_key = ${generate.base64url(50)}`, `RAPIDAPI_KEY=${generate.alnum(20)}`],
    },
  }),
];
