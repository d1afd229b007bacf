import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

export const deepseekDetectors: readonly Detector[] = [
  assignedToken({
    id: 'deepseek-api-key',
    description: 'DeepSeek API key assigned to a deepseek-named setting',
    keywords: ['deepseek'],
    // DeepSeek API keys (platform.deepseek.com → API keys): "sk-" + 32 hex, a shape shared with other services, so a deepseek name must precede it.
    name: 'deepseek[A-Za-z0-9_.-]{0,30}',
    value: 'sk-[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Delete the key at https://platform.deepseek.com/api_keys, then read a new one from the DEEPSEEK_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`DEEPSEEK_API_KEY=sk-${generate.hex(32)}`, `deepseek.apiKey: "sk-${generate.hex(32)}"`],
      ignores: (generate) => [`OPENAI_API_KEY=sk-${generate.hex(32)}`, `DEEPSEEK_API_KEY=sk-${generate.hex(16)}`],
    },
  }),
];
