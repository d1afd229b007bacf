import type { FileDetector } from '../file-detector';
import { credentialLine, ROTATE_AND_REMOVE } from '../file-detector-parts';

export const pypircFileDetector: FileDetector = {
  id: 'sensitive-file-pypirc',
  description: '.pypirc holding a package index password or token',
  severity: 'high',
  confidence: 'high',
  label: '.pypirc with a password',
  namePattern: /(?:^|\/)\.pypirc$/,
  // The .pypirc format (packaging.python.org): INI sections with "password = …".
  ...credentialLine(/^[ \t]{0,20}password[ \t]{0,10}[=:][ \t]{0,10}(\S[^\n]{0,2000})/i),
  binaryIsSecret: false,
  fix: `${ROTATE_AND_REMOVE}revoke the token on the package index and pass it to twine through TWINE_PASSWORD.`,
  examples: {
    reports: (generate) => [{ path: '.pypirc', lines: ['[pypi]', 'username = __token__', `password = ${generate.base64url(40)}`] }],
    ignores: () => [
      { path: '.pypirc', lines: ['[pypi]', 'username = __token__', 'password = <your token>'] },
      { path: '.pypirc', lines: ['[distutils]', 'index-servers = pypi'] },
    ],
  },
};
