import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const openrouterDetectors: readonly Detector[] = [
  // OpenRouter API keys (openrouter.ai/keys; "keys start with sk-or-v1-"): "sk-or-v1-" + 64 hex.
  prefixedToken({
    id: 'openrouter-api-key',
    description: 'OpenRouter API key',
    prefixes: ['sk-or-v1-'],
    charset: 'a-f0-9',
    length: 64,
    minEntropy: 3,
    fix: 'Delete the key at https://openrouter.ai/keys, then read a new one from the OPENROUTER_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`sk-or-v1-${generate.hex(64)}`, `OPENROUTER_API_KEY="sk-or-v1-${generate.hex(64)}"`],
      ignores: (generate) => [`sk-or-v1-${generate.hex(30)}`, 'OPENROUTER_API_KEY=sk-or-v1-your-key-here'],
    },
  }),
];
