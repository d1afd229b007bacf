import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Delete the token in the SettleMint console (Personal access tokens, or the application’s Access tokens), then create a new one for the environment or CI secrets.';

export const settlemintDetectors: readonly Detector[] = [
  // SettleMint access tokens ("Access tokens"): "sm_aat_" (application) + 16 base62 characters.
  prefixedToken({
    id: 'settlemint-application-access-token',
    description: 'SettleMint application access token',
    prefixes: ['sm_aat_'],
    charset: 'A-Za-z0-9',
    length: 16,
    minEntropy: 3.2,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`sm_aat_${generate.alnum(16)}`, `SETTLEMINT_ACCESS_TOKEN=sm_aat_${generate.alnum(16)}`],
      ignores: (generate) => [`sm_aat_${generate.alnum(8)}`, `sm_aat_${generate.alnum(30)}`],
    },
  }),
  // SettleMint access tokens ("Access tokens"): "sm_pat_" (personal) + 16 base62 characters.
  prefixedToken({
    id: 'settlemint-personal-access-token',
    description: 'SettleMint personal access token',
    prefixes: ['sm_pat_'],
    charset: 'A-Za-z0-9',
    length: 16,
    minEntropy: 3.2,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`sm_pat_${generate.alnum(16)}`, `SETTLEMINT_ACCESS_TOKEN=sm_pat_${generate.alnum(16)}`],
      ignores: (generate) => [`sm_pat_${generate.alnum(8)}`, `sm_pat_${generate.alnum(30)}`],
    },
  }),
  // SettleMint access tokens ("Access tokens"): "sm_sat_" (service) + 16 base62 characters.
  prefixedToken({
    id: 'settlemint-service-access-token',
    description: 'SettleMint service access token',
    prefixes: ['sm_sat_'],
    charset: 'A-Za-z0-9',
    length: 16,
    minEntropy: 3.2,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`sm_sat_${generate.alnum(16)}`, `SETTLEMINT_ACCESS_TOKEN=sm_sat_${generate.alnum(16)}`],
      ignores: (generate) => [`sm_sat_${generate.alnum(8)}`, `sm_sat_${generate.alnum(30)}`],
    },
  }),
];
