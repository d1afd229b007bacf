import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Delete the key in Beamer (Settings → API), then create a new one and keep it in your secret manager.';

export const beamerDetectors: readonly Detector[] = [
  assignedToken({
    id: 'beamer-api-key',
    description: 'Beamer API key assigned to a beamer-named setting',
    keywords: ['beamer'],
    // Beamer API keys ("API → Authentication", sent as Beamer-Api-Key): "b_" + 44 characters of [A-Za-z0-9_=-]; the prefix is too short to stand alone.
    name: 'beamer[A-Za-z0-9_.-]{0,30}',
    value: 'b_[A-Za-z0-9_=-]{44}',
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`BEAMER_API_KEY=b_${generate.base64url(44)}`, `beamer.apiKey: "b_${generate.base64url(44)}"`],
      ignores: (generate) => [`api_key = b_${generate.base64url(44)}`, `BEAMER_API_KEY=b_${generate.base64url(20)}`],
    },
  }),
];
