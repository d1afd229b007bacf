import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const groqDetectors: readonly Detector[] = [
  // Groq API keys (console.groq.com → API keys): "gsk_" + 52 alphanumerics.
  prefixedToken({
    id: 'groq-api-key',
    description: 'Groq API key',
    prefixes: ['gsk_'],
    charset: 'A-Za-z0-9',
    length: 52,
    minEntropy: 4,
    fix: 'Delete the key at https://console.groq.com/keys, then read a new one from the GROQ_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`gsk_${generate.alnum(52)}`, `GROQ_API_KEY=gsk_${generate.alnum(52)}`],
      ignores: (generate) => [`gsk_${generate.alnum(20)}`, `gsk_${generate.alnum(60)}`],
    },
  }),
];
