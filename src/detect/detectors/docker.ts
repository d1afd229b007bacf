import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Delete the token in Docker Hub (Account settings → Personal access tokens, or the organization’s Access tokens page), then log in with `docker login --password-stdin` from a secret store.';

function dockerToken(id: string, prefix: string, description: string): Detector {
  // Docker Hub access tokens: "dckr_pat_" (personal) or "dckr_oat_" (organization) + 27 or more base64url characters.
  return prefixedToken({
    id,
    description,
    prefixes: [prefix],
    charset: 'A-Za-z0-9_-',
    length: [24, 64],
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`${prefix}${generate.base64url(27)}`, `echo "${prefix}${generate.base64url(27)}" | docker login -u ci --password-stdin`],
      ignores: (generate) => [`${prefix}${generate.alnum(12)}`, `"secret": "${prefix}<token>"`],
    },
  });
}

export const dockerDetectors: readonly Detector[] = [
  dockerToken('docker-organization-access-token', 'dckr_oat_', 'Docker Hub organization access token'),
  dockerToken('docker-personal-access-token', 'dckr_pat_', 'Docker Hub personal access token'),
];
