import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Revoke the token (Trello → Account → Applications → Revoke) and regenerate the API key in the Power-Up admin portal, then read both from your secret manager.';

export const trelloDetectors: readonly Detector[] = [
  assignedToken({
    id: 'trello-api-key',
    description: 'Trello API key assigned to a trello-named setting',
    keywords: ['trello'],
    // Trello REST API keys ("Authorization"): 32 hex, so a trello name must precede them.
    name: 'trello[A-Za-z0-9_.-]{0,30}',
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`TRELLO_API_KEY=${generate.hex(32)}`, `trello.apiKey: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `TRELLO_API_KEY=${generate.hex(12)}`],
    },
  }),
  assignedToken({
    id: 'trello-token',
    description: 'Trello user token assigned to a trello-named setting',
    keywords: ['trello'],
    // Trello user tokens ("Authorization"): "ATTA" + 64 hex and an 8-hex checksum in current tokens, 64 hex in older ones; a trello name must precede them.
    name: 'trello[A-Za-z0-9_.-]{0,20}token',
    value: '(?:ATTA[A-Fa-f0-9]{64,72}|[a-f0-9]{64})',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`TRELLO_TOKEN=ATTA${generate.hex(72)}`, `trello.token: "ATTA${generate.hex(72)}"`],
      ignores: (generate) => [`api_key = ATTA${generate.hex(72)}`, `TRELLO_TOKEN=${generate.hex(30)}`],
    },
  }),
];
