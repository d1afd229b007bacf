import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

export const railwayDetectors: readonly Detector[] = [
  assignedToken({
    id: 'railway-api-token',
    description: 'Railway API or project token assigned to a railway-named setting',
    keywords: ['railway'],
    // Railway tokens (docs.railway.com "Public API → Authentication"): a UUID with no marker; the CLI reads RAILWAY_TOKEN and RAILWAY_API_TOKEN.
    name: 'railway[A-Za-z0-9_.-]{0,30}',
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 3,
    fix: 'Delete the token in Railway (Account settings → Tokens, or the project → Settings → Tokens), then read a new one from a CI secret.',
    examples: {
      detects: (generate) => [`RAILWAY_TOKEN=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
      ignores: (generate) => [`token = ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, 'RAILWAY_TOKEN=${{ secrets.RAILWAY_TOKEN }}'],
    },
  }),
];
