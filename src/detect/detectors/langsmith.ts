import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const langsmithDetectors: readonly Detector[] = [
  // LangSmith API keys (docs.langchain.com "Create an account and API key": personal access tokens and service keys): "lsv2_pt_" or "lsv2_sk_" + 32 hex + "_" + 10 hex; the length and alphabet as trufflehog's detector matches them.
  prefixedToken({
    id: 'langsmith-api-key',
    description: 'LangSmith personal access token or service key',
    prefixes: ['lsv2_pt_', 'lsv2_sk_'],
    charset: 'a-f0-9_',
    length: 43,
    minEntropy: 3,
    validate: (secret) => /^lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}$/.test(secret),
    fix: 'Delete the key in LangSmith (Settings → API Keys), then read a new one from LANGSMITH_API_KEY in the environment or your secret manager.',
    examples: {
      detects: (generate) => [`lsv2_pt_${generate.hex(32)}_${generate.hex(10)}`, `LANGSMITH_API_KEY=lsv2_sk_${generate.hex(32)}_${generate.hex(10)}`],
      ignores: (generate) => [`lsv2_pt_${generate.hex(43)}`, `lsv2_pt_${generate.hex(32)}`],
    },
  }),
];
