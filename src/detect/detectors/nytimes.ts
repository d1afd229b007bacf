import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Regenerate the key on developer.nytimes.com (Apps → your app), then read it from the environment.';

export const nytimesDetectors: readonly Detector[] = [
  assignedToken({
    id: 'nytimes-api-key',
    description: 'New York Times API key assigned to an nytimes-named setting',
    keywords: ['nytimes', 'newyorktimes', 'new_york_times', 'new-york-times', 'new.york.times'],
    // NYT Developer API keys ("Get started", api-key parameter): 32 base62 characters, so an nytimes name must precede them.
    name: '(?:nytimes|new[_.-]?york[_.-]?times)[A-Za-z0-9_.-]{0,30}',
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`NYTIMES_API_KEY=${generate.alnum(32)}`, `nytimes.apiKey: "${generate.alnum(32)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(32)}`, `NYTIMES_API_KEY=${generate.alnum(12)}`],
    },
  }),
];
