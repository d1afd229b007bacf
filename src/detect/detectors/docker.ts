import { basicCredentials, encodesLogin } from '../basic-login';
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

/** A quote, or one escaped once or twice: the auths object written into a JSON or TOML string (DOCKER_AUTH_CONFIG). */
const QUOTE = '\\\\{0,3}"';

const registryAuth: Detector = {
  id: 'docker-registry-auth',
  description: 'Docker registry login (the "auth" of a config.json auths entry: base64 of user:password)',
  // `"auth"` as written, `auth\` when its quotes are escaped; never the `"author"` of every package.json.
  keywords: ['"auth"', 'auth\\'],
  // docker login's config.json (docs.docker.com, "docker login"): "auths": {"<registry>": {"auth": "<base64 of user:password>"}}.
  pattern: new RegExp(`${QUOTE}auth${QUOTE}[ \\t]{0,10}:[ \\t]{0,10}${QUOTE}(?<secret>[A-Za-z0-9+/]{8,400}={0,2})${QUOTE}`),
  validate: encodesLogin,
  fix: 'Change the password or revoke the access token at the registry, then let docker login keep it in a credential helper (credsStore) and give CI its own token as a secret variable.',
  examples: {
    detects: (generate) => [
      `"auth": "${basicCredentials(`ci-${generate.lowerAlnum(5)}`, generate.alnum(20))}"`,
      `DOCKER_AUTH_CONFIG={\\"auths\\":{\\"registry.internal\\":{\\"auth\\":\\"${basicCredentials('deploy', generate.base64url(24))}\\"}}}`,
    ],
    ignores: (generate) => [
      `"auth": "${generate.base64(40)}"`,
      `"auth": "${basicCredentials('my_username', 'my_password')}"`,
      `"auth": "${basicCredentials('user', '<password>')}"`,
      '"auth": "basic"',
    ],
  },
};

export const dockerDetectors: readonly Detector[] = [
  dockerToken('docker-organization-access-token', 'dckr_oat_', 'Docker Hub organization access token'),
  dockerToken('docker-personal-access-token', 'dckr_pat_', 'Docker Hub personal access token'),
  registryAuth,
];
