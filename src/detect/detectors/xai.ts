import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const xaiDetectors: readonly Detector[] = [
  // xAI API keys (console.x.ai → API Keys): "xai-" + 80 base62 characters.
  prefixedToken({
    id: 'xai-api-key',
    description: 'xAI (Grok) API key',
    prefixes: ['xai-'],
    charset: 'A-Za-z0-9_',
    length: 80,
    minEntropy: 4,
    fix: 'Delete the key in the xAI console (https://console.x.ai → API Keys), then read a new one from the XAI_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`xai-${generate.alnum(80)}`, `XAI_API_KEY=xai-${generate.alnum(80)}`],
      ignores: (generate) => [`xai-${generate.alnum(40)}`, 'XAI_API_KEY=xai-...'],
    },
  }),
];
