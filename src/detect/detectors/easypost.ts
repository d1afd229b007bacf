import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Delete the key in EasyPost (Account settings → API keys) and create a new one; read it from the environment or your secret manager.';

export const easypostDetectors: readonly Detector[] = [
  // EasyPost API keys ("Authentication"): production keys "EZAK" + 54 alphanumerics.
  prefixedToken({
    id: 'easypost-api-key',
    description: 'EasyPost production API key',
    prefixes: ['EZAK'],
    charset: 'A-Za-z0-9',
    length: 54,
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`EZAK${generate.lowerAlnum(54)}`, `EASYPOST_API_KEY=EZAK${generate.alnum(54)}`],
      ignores: (generate) => [`EZAK${generate.alnum(30)}`, `EZAK${generate.alnum(70)}`],
    },
  }),
  // EasyPost test keys: "EZTK" + 54 alphanumerics; they buy no postage but read test shipment data.
  prefixedToken({
    id: 'easypost-test-api-key',
    severity: 'low',
    description: 'EasyPost test-mode API key',
    prefixes: ['EZTK'],
    charset: 'A-Za-z0-9',
    length: 54,
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`EZTK${generate.lowerAlnum(54)}`, `EASYPOST_TEST_KEY=EZTK${generate.alnum(54)}`],
      ignores: (generate) => [`EZTK${generate.alnum(30)}`, `EZTK${generate.alnum(70)}`],
    },
  }),
];
