import type { FileDetector } from '../file-detector';
import { credentialLine, ROTATE_AND_REMOVE } from '../file-detector-parts';

export const sftpConfigFileDetector: FileDetector = {
  id: 'sensitive-file-sftp-config',
  description: "Editor SFTP upload settings (Sublime SFTP's sftp-config.json, VS Code's .vscode/sftp.json) holding a password",
  severity: 'high',
  confidence: 'high',
  label: 'SFTP settings with a password',
  // Sublime SFTP (codexns.io/products/sftp_for_sublime/settings) writes sftp-config.json beside the
  // code; the VS Code SFTP extension reads .vscode/sftp.json.
  namePattern: /(?:^|\/)sftp-config\.json$|(?:^|\/)\.vscode\/sftp\.json$/,
  // Both are JSON (with // comments): "password" for the login, "passphrase" for the key file.
  ...credentialLine(/"(?:password|passphrase)"[ \t]{0,10}:[ \t]{0,10}"([^"]{1,2000})"/),
  binaryIsSecret: false,
  fix: `${ROTATE_AND_REMOVE}change the server password and log in with an SSH key from your agent ("ssh_key_file" / "privateKeyPath") instead.`,
  examples: {
    reports: (generate) => [
      { path: 'sftp-config.json', lines: ['{', '    "type": "sftp",', '    "host": "web.host.test",', '    "user": "deploy",', `    "password": "${generate.alnum(16)}",`] },
      { path: '.vscode/sftp.json', lines: ['{', '  "protocol": "sftp",', `  "passphrase": "${generate.alnum(20)}"`] },
    ],
    ignores: (generate) => [
      { path: 'sftp-config.json', lines: ['{', '    "type": "sftp",', '    //"password": "password",', '    "ssh_key_file": "~/.ssh/id_rsa"'] },
      { path: '.vscode/settings.json', lines: [`"password": "${generate.alnum(14)}"`] },
    ],
  },
};
