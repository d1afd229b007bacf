import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Rotate the client secret in the Adobe Developer Console (project → credential → Client secret → Rotate), then read it from your secret manager.';

export const adobeDetectors: readonly Detector[] = [
  // Adobe Developer Console OAuth client secrets ("OAuth Server-to-Server credential"): "p8e-" + 32 base62 characters.
  prefixedToken({
    id: 'adobe-client-secret',
    description: 'Adobe Developer Console client secret',
    prefixes: ['p8e-'],
    charset: 'A-Za-z0-9',
    length: 32,
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`p8e-${generate.alnum(32)}`, `ADOBE_CLIENT_SECRET=p8e-${generate.alnum(32)}`],
      ignores: (generate) => [`p8e-${generate.alnum(12)}`, `p8e-${generate.alnum(40)}`],
    },
  }),
  assignedToken({
    id: 'adobe-client-id',
    description: 'Adobe Developer Console client ID (API key) assigned to an adobe-named setting',
    keywords: ['adobe'],
    // Adobe Developer Console client IDs ("API key"): 32 hex characters with no marker, so an adobe name must precede them.
    name: 'adobe[A-Za-z0-9_.-]{0,30}',
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`ADOBE_CLIENT_ID=${generate.hex(32)}`, `adobe.clientId: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `ADOBE_CLIENT_ID=${generate.hex(20)}`],
    },
  }),
];
