import type { Detector } from '../detector';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export const huggingfaceDetectors: readonly Detector[] = [
  {
    id: 'huggingface-access-token',
    description: 'Hugging Face user access token',
    keywords: ['hf_'],
    // Hugging Face user access tokens: "hf_" + 34 ASCII letters.
    pattern: /(?<![A-Za-z0-9_])(?<secret>hf_[A-Za-z]{34})(?![A-Za-z0-9_])/,
    minEntropy: 3.5,
    fix: 'Invalidate the token at https://huggingface.co/settings/tokens, then read a new one from the HF_TOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`hf_${generate.chars(LETTERS, 34)}`, `HF_TOKEN=hf_${generate.chars(LETTERS, 34)}`],
      ignores: (generate) => [
        'READ_ONLY_HF_TOKEN = "hf_XXXXXXXX"',
        // Too short, and too long.
        `hf_${generate.chars(LETTERS, 20)}`,
        `hf_${generate.chars(LETTERS, 40)}`,
      ],
    },
  },
];
