import type { FileDetector } from '../file-detector';
import { credentialLine, ROTATE_AND_REMOVE } from '../file-detector-parts';

export const dockerConfigFileDetector: FileDetector = {
  id: 'sensitive-file-docker-config',
  description: 'Docker or Podman registry auth file (.docker/config.json, .dockercfg, containers/auth.json) holding a registry token',
  severity: 'high',
  confidence: 'high',
  label: 'registry auth file with a token',
  // docker login's config.json (docs.docker.com, "docker login"), the legacy .dockercfg and a
  // Kubernetes .dockerconfigjson; podman and skopeo write the same in containers/auth.json
  // (containers-auth.json(5)).
  namePattern: /(?:^|\/)\.docker\/config\.json$|(?:^|\/)\.?dockercfg$|(?:^|\/)\.?dockerconfigjson$|(?:^|\/)containers\/auth\.json$/,
  // An auths entry holds "auth" (base64 of user:password: the docker-registry-auth content rule, which
  // checks it decodes to a login) or, for token-based registries, "identitytoken" or "registrytoken",
  // which have no format of their own: only their place in this file says they are secrets.
  ...credentialLine(/"(?:identitytoken|registrytoken)"[ \t]{0,10}:[ \t]{0,10}"([^"]{1,4000})"/),
  binaryIsSecret: false,
  fix: `${ROTATE_AND_REMOVE}revoke the token at the registry and let docker login keep it in a credential helper (credsStore) instead.`,
  examples: {
    reports: (generate) => [
      { path: '.docker/config.json', lines: ['{', '  "auths": {', '    "registry.azurecr.test": {', '      "auth": "",', `      "identitytoken": "${generate.base64url(120)}"`] },
      { path: 'ci/containers/auth.json', lines: [`{"auths":{"quay.test":{"registrytoken":"${generate.alnum(48)}"}}}`] },
    ],
    ignores: (generate) => [
      // A credential helper keeps the secret; the file only names it.
      { path: '.docker/config.json', lines: ['{', '  "credsStore": "desktop",', '  "auths": { "registry.internal": {} }'] },
      { path: '.docker/config.json', lines: ['"identitytoken": ""', '"registrytoken": "<token>"'] },
      { path: 'src/config.json', lines: [`"identitytoken": "${generate.base64url(120)}"`] },
    ],
  },
};
