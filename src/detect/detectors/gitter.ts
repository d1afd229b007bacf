import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Revoke the token (developer.gitter.im → Apps, or the Matrix access token now behind Gitter), then read a new one from your secret manager.';

export const gitterDetectors: readonly Detector[] = [
  assignedToken({
    id: 'gitter-access-token',
    description: 'Gitter access token assigned to a gitter-named setting',
    keywords: ['gitter'],
    // Gitter API tokens ("Authentication"): 40 hex, so a gitter name must precede them.
    name: 'gitter[A-Za-z0-9_.-]{0,30}',
    value: '[a-f0-9]{40}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`GITTER_ACCESS_TOKEN=${generate.hex(40)}`, `gitter.accessToken: "${generate.hex(40)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(40)}`, `GITTER_ACCESS_TOKEN=${generate.hex(20)}`],
    },
  }),
];
