import type { FileDetector } from '../file-detector';
import { credentialLine, ROTATE_AND_REMOVE } from '../file-detector-parts';

/**
 * The PostgreSQL password file (postgresql.org/docs, libpq "The Password File"): one
 * `hostname:port:database:username:password` per line, `\:` and `\\` escaping a colon or backslash
 * in a field, `#` starting a comment line. The password is everything after the fourth colon.
 */
const PGPASS_LINE = /^(?!#)(?:(?:[^:\\]|\\.){0,255}:){4}(.{1,2000})$/;

export const pgpassFileDetector: FileDetector = {
  id: 'sensitive-file-pgpass',
  description: 'PostgreSQL password file (.pgpass, pgpass.conf) holding a password',
  severity: 'high',
  confidence: 'high',
  label: '.pgpass with a password',
  // libpq reads ~/.pgpass, and %APPDATA%\postgresql\pgpass.conf on Windows.
  namePattern: /(?:^|\/)\.?pgpass(?:\.conf)?$/,
  ...credentialLine(PGPASS_LINE),
  binaryIsSecret: false,
  fix: `${ROTATE_AND_REMOVE}change the database password and point PGPASSFILE at a file outside the repository.`,
  examples: {
    reports: (generate) => [
      { path: '.pgpass', lines: ['# host:port:db:user:password', `db.internal:5432:app:app_rw:${generate.alnum(18)}`] },
      { path: 'ops/pgpass.conf', lines: [`*:*:*:postgres:${generate.alnum(10)}\\:${generate.alnum(6)}`] },
    ],
    ignores: () => [
      { path: '.pgpass', lines: ['# hostname:port:database:username:password', 'db.internal:5432:app:app_rw:<password>'] },
      { path: 'docs/pgpass.md', lines: ['localhost:5432:app:app:secret'] },
    ],
  },
};
