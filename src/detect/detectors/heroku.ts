import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Revoke the authorization (heroku authorizations:revoke, or Account settings → Applications → Authorizations; regenerate the account API key), then read a new one from the HEROKU_API_KEY environment variable.';

export const herokuDetectors: readonly Detector[] = [
  // Heroku API keys since 2024 (devcenter "Platform API"): "HRKU-AA" + 58 base64url characters.
  prefixedToken({
    id: 'heroku-api-key',
    description: 'Heroku Platform API key or OAuth token',
    prefixes: ['HRKU-AA'],
    charset: 'A-Za-z0-9_-',
    length: 58,
    notAfter: 'A-Za-z0-9_-',
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`HRKU-AA${generate.base64url(58)}`, `HEROKU_API_KEY=HRKU-AA${generate.base64url(58)}`],
      ignores: (generate) => [`HRKU-AA${generate.base64url(20)}`, 'HEROKU_API_KEY=HRKU-<key>'],
    },
  }),
  assignedToken({
    id: 'heroku-legacy-api-key',
    description: 'Heroku API key (UUID format) assigned to a heroku-named setting',
    keywords: ['heroku'],
    // Heroku API keys before 2024: a UUID with no marker, so only the heroku name identifies them.
    name: 'heroku[A-Za-z0-9_.-]{0,30}',
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`HEROKU_API_KEY=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
      ignores: (generate) => [`app_id = ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, 'HEROKU_API_KEY=00000000-0000-0000-0000-000000000000'],
    },
  }),
];
