import type { FileDetector } from '../file-detector';
import type { Span } from '../../model/redact';
import { groupSpan, hasValue, isRealValue, ROTATE_AND_REMOVE } from '../file-detector-parts';

// git-credential-store(1): one "https://user:password@host[/path]" per line. git percent-encodes
// the user and password, but people write the file by hand: a raw "@" (an e-mail as user name, a
// password holding one) or "#" is common, so the password ends at the last "@", before the host.
const AFTER_USER_NAME = groupSpan(/^[a-z][a-z0-9+.-]{0,20}:\/\/[^\s:/]{1,200}:(\S{1,2000})$/i);

function passwordIn(line: string): Span | undefined {
  const rest = AFTER_USER_NAME(line);
  if (rest === undefined) return undefined;
  const hostAt = line.lastIndexOf('@', rest.end - 1);
  if (hostAt <= rest.start || !/^[^@/]/.test(line.slice(hostAt + 1, rest.end))) return undefined;
  return isRealValue(line.slice(rest.start, hostAt)) ? { start: rest.start, end: hostAt } : undefined;
}

export const gitCredentialsFileDetector: FileDetector = {
  id: 'sensitive-file-git-credentials',
  description: '.git-credentials holding a stored login',
  severity: 'high',
  confidence: 'high',
  label: '.git-credentials with a login',
  namePattern: /(?:^|\/)\.git-credentials$/,
  holdsSecret: hasValue(passwordIn),
  secretIn: passwordIn,
  binaryIsSecret: false,
  fix: `${ROTATE_AND_REMOVE}revoke the token or change the password at the host it names.`,
  examples: {
    reports: (generate) => [
      { path: '.git-credentials', lines: [`https://deploy:${generate.alnum(40)}@git.host.test`] },
      { path: '.git-credentials', lines: [`https://ci@corp.test:${generate.alnum(8)}@${generate.alnum(4)}#${generate.alnum(3)}@git.host.test/group/repo.git`] },
    ],
    ignores: () => [{ path: '.git-credentials', lines: ['https://user:${TOKEN}@git.host.test'] }, { path: 'git-credentials.md', lines: ['x'] }],
  },
};
