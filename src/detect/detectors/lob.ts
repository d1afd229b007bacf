import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Roll the key in the Lob dashboard (Settings → API Keys), then read the new one from the environment or your secret manager.';

export const lobDetectors: readonly Detector[] = [
  assignedToken({
    id: 'lob-api-key',
    description: 'Lob secret API key assigned to a lob-named setting',
    keywords: ['lob'],
    // Lob API keys ("Authentication"): "live_" or "test_" + 35 hex (publishable keys have "_pub_" and are meant to be shown); the name is matched as people write it (lob, Lob, LOB) and not inside words such as "global".
    name: '(?<![A-Za-z])(?:[Ll]ob|LOB)[A-Za-z0-9_.-]{0,30}',
    nameAsWritten: true,
    value: '(?:live|test)_[a-f0-9]{35}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`LOB_API_KEY=live_${generate.hex(35)}`, `lob.apiKey: "live_${generate.hex(35)}"`],
      ignores: (generate) => [`api_key = live_${generate.hex(35)}`, `LOB_API_KEY=live_${generate.hex(20)}`],
    },
  }),
];
