import type { FileDetector } from '../file-detector';
import { credentialLine, ROTATE_AND_REMOVE } from '../file-detector-parts';

export const netrcFileDetector: FileDetector = {
  id: 'sensitive-file-netrc',
  description: '.netrc holding a password',
  severity: 'high',
  confidence: 'high',
  label: '.netrc with a password',
  // curl and git read _netrc on Windows.
  namePattern: /(?:^|\/)[._]netrc$/,
  // netrc(5): "machine host login name password secret", tokens separated by spaces or newlines.
  ...credentialLine(/(?:^|\s)password[ \t]{1,10}(\S{1,2000})/),
  binaryIsSecret: false,
  fix: `${ROTATE_AND_REMOVE}change the password at the host it names and keep ~/.netrc outside the repository.`,
  examples: {
    reports: (generate) => [{ path: '.netrc', lines: [`machine api.host.test login deploy password ${generate.alnum(16)}`] }],
    ignores: () => [{ path: '.netrc', lines: ['machine api.host.test login deploy password <password>'] }, { path: 'netrc.md', lines: ['password'] }],
  },
};
