import type { Span } from '../../model/redact';
import { basicCredentials, encodesLogin } from '../basic-login';
import type { FileDetector } from '../file-detector';
import { hasValue, ROTATE_AND_REMOVE, valueSpan } from '../file-detector-parts';

// docker login's config.json (docs.docker.com, "docker login", credential stores) and the legacy
// .dockercfg: `"auths": {"<registry>": {"auth": "<base64 of user:password>"}}`; podman and skopeo
// write the same in containers/auth.json (containers-auth.json(5)).
const AUTH_FIELD = /"auth"[ \t]{0,10}:[ \t]{0,10}"([A-Za-z0-9+/]{4,2000}={0,2})"/;
const authValue = valueSpan(AUTH_FIELD);

/** The auth value, when it decodes to a login (a colon between a user and a real password). */
function loginIn(line: string): Span | undefined {
  const span = authValue(line);
  return span !== undefined && encodesLogin(line.slice(span.start, span.end)) ? span : undefined;
}

export const dockerConfigFileDetector: FileDetector = {
  id: 'sensitive-file-docker-config',
  description: 'Docker or Podman registry auth file (.docker/config.json, .dockercfg, containers/auth.json) holding a login',
  severity: 'high',
  confidence: 'high',
  label: 'registry auth file with a login',
  namePattern: /(?:^|\/)\.docker\/config\.json$|(?:^|\/)\.?dockercfg$|(?:^|\/)\.?dockerconfigjson$|(?:^|\/)containers\/auth\.json$/,
  holdsSecret: hasValue(loginIn),
  secretIn: loginIn,
  binaryIsSecret: false,
  fix: `${ROTATE_AND_REMOVE}change the password or revoke the access token at the registry, and let docker login keep it in a credential helper (credsStore) instead.`,
  examples: {
    reports: (generate) => [
      { path: '.docker/config.json', lines: ['{', '  "auths": {', '    "registry.internal:5000": {', `      "auth": "${basicCredentials(`ci-${generate.lowerAlnum(5)}`, generate.alnum(20))}"`] },
      { path: 'deploy/.dockercfg', lines: [`{"registry.internal":{"auth":"${basicCredentials('deploy', generate.base64url(32))}","email":"ci@host.test"}}`] },
    ],
    ignores: (generate) => [
      // A credential helper keeps the password; the file only names it.
      { path: '.docker/config.json', lines: ['{', '  "credsStore": "desktop",', '  "auths": { "registry.internal": {} }'] },
      // Not the base64 of a login, or a login whose password is a placeholder.
      { path: '.docker/config.json', lines: [`"auth": "${generate.base64(40)}"`, `"auth": "${basicCredentials('user', '<password>')}"`] },
      { path: 'src/config.json', lines: [`"auth": "${basicCredentials('deploy', generate.alnum(20))}"`] },
    ],
  },
};
