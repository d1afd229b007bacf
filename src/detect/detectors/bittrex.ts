import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Delete the key in Bittrex (Account → API Keys), then keep any replacement in your secret manager.';

export const bittrexDetectors: readonly Detector[] = [
  assignedToken({
    id: 'bittrex-api-key',
    description: 'Bittrex API key or secret assigned to a bittrex-named setting',
    keywords: ['bittrex'],
    // Bittrex API keys and secrets ("Authentication"): 32 hex each, so a bittrex name must precede them.
    name: 'bittrex[A-Za-z0-9_.-]{0,30}',
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`BITTREX_API_KEY=${generate.hex(32)}`, `bittrex.apiKey: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `BITTREX_API_KEY=${generate.hex(12)}`],
    },
  }),
];
