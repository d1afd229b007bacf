import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

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
  // Hugging Face organization API tokens (legacy): "api_org_" + 34 ASCII letters.
  prefixedToken({
    id: 'huggingface-organization-token',
    description: 'Hugging Face organization API token',
    prefixes: ['api_org_'],
    charset: 'A-Za-z',
    length: 34,
    minEntropy: 3.5,
    fix: 'Revoke the token in the organization’s settings on https://huggingface.co (Settings → Access tokens), then read a new one from the HF_TOKEN environment variable.',
    examples: {
      detects: (generate) => [`api_org_${generate.chars(LETTERS, 34)}`, `HF_ORG_TOKEN=api_org_${generate.chars(LETTERS, 34)}`],
      ignores: (generate) => [`api_org_${generate.chars(LETTERS, 20)}`, `api_org_${generate.chars(LETTERS, 40)}`],
    },
  }),
];
