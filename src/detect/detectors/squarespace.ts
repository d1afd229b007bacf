import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Revoke the key in Squarespace (Settings → Advanced → Developer API keys), then create a new one and keep it in your secret manager.';

export const squarespaceDetectors: readonly Detector[] = [
  assignedToken({
    id: 'squarespace-api-key',
    description: 'Squarespace API key assigned to a squarespace-named setting',
    keywords: ['squarespace'],
    // Squarespace Commerce API keys ("Authentication"): a UUID, so a squarespace name must precede it.
    name: 'squarespace[A-Za-z0-9_.-]{0,30}',
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`SQUARESPACE_API_KEY=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `squarespace.apiKey: "${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `SQUARESPACE_API_KEY=${generate.hex(8)}-${generate.hex(4)}`],
    },
  }),
];
