import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Revoke the token in the Frame.io developer site (Tokens → Delete), then create a new one and keep it in your secret manager.';

export const frameioDetectors: readonly Detector[] = [
  // Frame.io developer tokens ("Getting started → Tokens"): "fio-u-" + 64 characters of [A-Za-z0-9_=-].
  prefixedToken({
    id: 'frameio-api-token',
    description: 'Frame.io developer token',
    prefixes: ['fio-u-'],
    charset: 'A-Za-z0-9_=-',
    length: 64,
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`fio-u-${generate.base64url(64)}`, `FRAMEIO_TOKEN=fio-u-${generate.base64url(64)}`],
      ignores: (generate) => [`fio-u-${generate.base64url(20)}`, `fio-u-${generate.base64url(80)}`],
    },
  }),
];
