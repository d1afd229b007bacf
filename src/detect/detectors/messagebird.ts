import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Delete the key in the MessageBird dashboard (Developers → API access), then create a new one and keep it in your secret manager.';

export const messagebirdDetectors: readonly Detector[] = [
  assignedToken({
    id: 'messagebird-api-key',
    description: 'MessageBird (Bird) access key assigned to a messagebird-named setting',
    keywords: ['messagebird', 'message_bird', 'message-bird'],
    // MessageBird REST API access keys ("Authentication", AccessKey header): 25 base62 characters, so a messagebird name must precede them.
    name: 'message[_-]?bird[A-Za-z0-9_.-]{0,30}',
    value: '[A-Za-z0-9]{25}',
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`MESSAGEBIRD_API_KEY=${generate.alnum(25)}`, `messagebird.apiKey: "${generate.alnum(25)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(25)}`, `MESSAGEBIRD_API_KEY=${generate.alnum(12)}`],
    },
  }),
];
