import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Delete the API key in Looker (Admin → Users → Edit keys), then create a new one and read it from looker.ini kept out of the repository or from LOOKERSDK_CLIENT_SECRET.';

export const lookerDetectors: readonly Detector[] = [
  assignedToken({
    id: 'looker-client-secret',
    description: 'Looker API client secret assigned to a looker-named setting',
    keywords: ['looker'],
    // Looker API3 credentials ("API authentication"): a 20-character client ID and a 24-character client secret, base62; a looker name must precede them.
    name: 'looker[A-Za-z0-9_.-]{0,20}secret',
    value: '[A-Za-z0-9]{24}',
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`LOOKER_CLIENT_SECRET=${generate.alnum(24)}`, `looker.clientSecret: "${generate.alnum(24)}"`, `LOOKERSDK_CLIENT_SECRET=${generate.alnum(24)}`],
      ignores: (generate) => [`api_key = ${generate.alnum(24)}`, `LOOKER_CLIENT_SECRET=${generate.alnum(12)}`],
    },
  }),
];
