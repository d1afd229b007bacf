import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

export const postmarkDetectors: readonly Detector[] = [
  assignedToken({
    id: 'postmark-server-token',
    description: 'Postmark server or account API token assigned to a postmark-named setting or header',
    keywords: ['postmark'],
    // Postmark API tokens ("API overview → Authentication"): a UUID with no marker, sent as X-Postmark-Server-Token or X-Postmark-Account-Token.
    name: '(?:x-)?postmark[A-Za-z0-9_.-]{0,30}',
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 3,
    fix: 'Regenerate the token in Postmark (the server → API Tokens, or Account → API Tokens), then read it from the environment or your secret manager.',
    examples: {
      detects: (generate) => [
        `POSTMARK_SERVER_TOKEN=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`,
        `X-Postmark-Server-Token: ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`,
      ],
      ignores: (generate) => [
        `message_id = ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`,
        'X-Postmark-Server-Token: POSTMARK_API_TEST',
      ],
    },
  }),
];
