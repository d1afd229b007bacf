import type { FileDetector } from '../file-detector';
import { credentialLine, ROTATE_AND_REMOVE } from '../file-detector-parts';

export const gitCredentialsFileDetector: FileDetector = {
  id: 'sensitive-file-git-credentials',
  description: '.git-credentials holding a stored login',
  severity: 'high',
  confidence: 'high',
  label: '.git-credentials with a login',
  namePattern: /(?:^|\/)\.git-credentials$/,
  // git-credential-store(1): one "https://user:password@host" per line.
  ...credentialLine(/^[a-z][a-z0-9+.-]{0,20}:\/\/[^\s:@/]{1,200}:([^\s@/]{1,2000})@/i),
  binaryIsSecret: false,
  fix: `${ROTATE_AND_REMOVE}revoke the token or change the password at the host it names.`,
  examples: {
    reports: (generate) => [{ path: '.git-credentials', lines: [`https://deploy:${generate.alnum(40)}@git.host.test`] }],
    ignores: () => [{ path: '.git-credentials', lines: ['https://user:${TOKEN}@git.host.test'] }, { path: 'git-credentials.md', lines: ['x'] }],
  },
};
