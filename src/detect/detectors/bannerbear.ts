import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const bannerbearDetectors: readonly Detector[] = [
  // Bannerbear API keys (developers.bannerbear.com): "bb_pr_" (project) or "bb_ma_" (master) + 30 lower-case hex; the length and alphabet as trufflehog's detector matches them.
  prefixedToken({
    id: 'bannerbear-api-key',
    description: 'Bannerbear project or master API key',
    prefixes: ['bb_pr_', 'bb_ma_'],
    charset: 'a-f0-9',
    length: 30,
    minEntropy: 3,
    fix: 'Regenerate the key in Bannerbear (the project\'s Settings → API key, or Account → Master API key), then read it from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`bb_pr_${generate.hex(30)}`, `BANNERBEAR_API_KEY="bb_ma_${generate.hex(30)}"`],
      ignores: (generate) => [`bb_pr_${generate.hex(16)}`, 'BANNERBEAR_API_KEY=bb_pr_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
  }),
];
