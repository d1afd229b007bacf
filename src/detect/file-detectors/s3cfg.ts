import type { FileDetector } from '../file-detector';
import { credentialLine, ROTATE_AND_REMOVE } from '../file-detector-parts';

export const s3cfgFileDetector: FileDetector = {
  id: 'sensitive-file-s3cfg',
  description: 's3cmd configuration (.s3cfg) holding a secret key or password',
  severity: 'high',
  confidence: 'high',
  label: '.s3cfg with a secret key',
  namePattern: /(?:^|\/)\.?s3cfg$/,
  // s3cmd --configure (s3tools.org/kb/item14.htm) writes an INI [default] section with
  // "secret_key = …" beside access_key, and "gpg_passphrase = …" when it encrypts uploads.
  ...credentialLine(/^[ \t]{0,20}(?:secret_key|gpg_passphrase|access_token)[ \t]{0,10}=[ \t]{0,10}(\S[^\n]{0,2000})/),
  binaryIsSecret: false,
  fix: `${ROTATE_AND_REMOVE}deactivate the access key at the storage provider and pass a new one through AWS_SECRET_ACCESS_KEY.`,
  examples: {
    reports: (generate) => [{ path: '.s3cfg', lines: ['[default]', `access_key = ${generate.upperAlnum(20)}`, `secret_key = ${generate.base64(40)}`] }],
    ignores: () => [
      { path: '.s3cfg', lines: ['[default]', 'access_key = ', 'secret_key = ', 'gpg_passphrase = '] },
      { path: 'docs/s3cfg.md', lines: ['secret_key = abc'] },
    ],
  },
};
