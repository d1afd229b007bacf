import type { FileDetector } from '../file-detector';
import type { Span } from '../../model/redact';
import { groupSpan, hasValue, isRealValue, ROTATE_AND_REMOVE } from '../file-detector-parts';

/**
 * Apache's password files (httpd.apache.org/docs, "htpasswd" and "Password Formats"): one
 * `user:hash` per line, the hash bcrypt ($2y$), MD5 ($apr1$), SHA-1 ({SHA}), crypt or, on some
 * platforms, the plain password; htdigest(1) writes `user:realm:hash`. The value is what follows the
 * last colon.
 */
const AFTER_USER_NAME = groupSpan(/^[^\s:#][^\s:]{0,255}:(\S{1,2300})$/);
/** A crypt(3) hash opens with its scheme, `$apr1$`, `$2y$`, `$6$`: not a `$VAR` reference. */
const CRYPT_SCHEME = /^\$[0-9a-z]{1,8}\$/;

function hashIn(line: string): Span | undefined {
  const rest = AFTER_USER_NAME(line);
  if (rest === undefined) return undefined;
  const hash = { start: line.lastIndexOf(':', rest.end - 1) + 1, end: rest.end };
  return isRealValue(line.slice(hash.start, hash.end).replace(CRYPT_SCHEME, '')) ? hash : undefined;
}

export const htpasswdFileDetector: FileDetector = {
  id: 'sensitive-file-htpasswd',
  description: 'Apache password file (.htpasswd, .htdigest) holding password hashes',
  severity: 'high',
  confidence: 'high',
  label: 'password hash file',
  namePattern: /(?:^|\/)\.?ht(?:passwd|digest)$/,
  // A hash is a secret too: a weak password falls to a dictionary attack on it in minutes.
  holdsSecret: hasValue(hashIn),
  secretIn: hashIn,
  binaryIsSecret: false,
  fix: `${ROTATE_AND_REMOVE}change the passwords of the users it lists and create the file on the server (htpasswd -B) instead.`,
  examples: {
    reports: (generate) => [
      { path: 'public/.htpasswd', lines: [`admin:$apr1$${generate.alnum(8)}$${generate.base64(22).replace(/\+/g, '.')}`] },
      { path: 'nginx/htpasswd', lines: [`deploy:$2y$10$${generate.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`] },
      { path: 'auth/.htdigest', lines: [`ops:Restricted:${generate.hex(32)}`] },
    ],
    ignores: () => [
      { path: '.htpasswd', lines: ['# created with htpasswd -B', ''] },
      { path: 'docs/htpasswd.md', lines: ['user:$apr1$salt$hash'] },
    ],
  },
};
