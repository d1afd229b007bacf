import type { FileDetector } from '../file-detector';
import { credentialLine, ROTATE_AND_REMOVE } from '../file-detector-parts';

export const myCnfFileDetector: FileDetector = {
  id: 'sensitive-file-my-cnf',
  description: 'MySQL option file (.my.cnf, my.cnf, my.ini) holding a password, or the .mylogin.cnf login path file',
  severity: 'high',
  confidence: 'high',
  label: 'MySQL option file with a password',
  // MySQL's option files (dev.mysql.com/doc, "Using Option Files"): my.cnf, my.ini and ~/.my.cnf;
  // mysql_config_editor writes logins to .mylogin.cnf, obfuscated, so any change to it holds one.
  namePattern: /(?:^|\/)\.?my\.(?:cnf|ini)$|(?:^|\/)\.mylogin\.cnf$/,
  // "password=…" in a [client] or [mysql] group; MariaDB spells the same option "password" too.
  ...credentialLine(/^[ \t]{0,20}password[ \t]{0,10}=[ \t]{0,10}(\S[^\n]{0,2000})/i),
  binaryIsSecret: true,
  fix: `${ROTATE_AND_REMOVE}change the database password and keep the client's login in ~/.my.cnf or mysql_config_editor outside the repository.`,
  examples: {
    reports: (generate) => [
      { path: '.my.cnf', lines: ['[client]', 'user=app', `password="${generate.alnum(16)}"`] },
      { path: 'docker/mysql/my.cnf', lines: ['[mysqld]', 'max_connections=200', '[client]', `password = ${generate.alnum(12)}`] },
      { path: '.mylogin.cnf', isBinary: true, lines: [] },
    ],
    ignores: () => [
      { path: 'docker/mysql/my.cnf', lines: ['[mysqld]', 'bind-address=0.0.0.0', 'max_connections=200'] },
      { path: '.my.cnf', lines: ['[client]', 'password=${MYSQL_PASSWORD}'] },
    ],
  },
};
