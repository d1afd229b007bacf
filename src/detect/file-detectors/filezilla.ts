import type { FileDetector } from '../file-detector';
import { credentialLine, ROTATE_AND_REMOVE } from '../file-detector-parts';

export const filezillaFileDetector: FileDetector = {
  id: 'sensitive-file-filezilla',
  description: 'FileZilla site list (sitemanager.xml, recentservers.xml, filezilla.xml) holding a password',
  severity: 'high',
  confidence: 'high',
  label: 'FileZilla site list with a password',
  // The files FileZilla keeps in its settings folder (wiki.filezilla-project.org, "Configuration").
  namePattern: /(?:^|\/)(?:sitemanager|recentservers|filezilla)\.xml$/,
  // Each <Server> holds <Pass>, the password in plain text, or base64 of it with encoding="base64";
  // a master password makes it <Pass encoding="crypt">, which still opens with that password.
  ...credentialLine(/<Pass(?:[ \t]{1,10}encoding="[a-z0-9]{1,20}")?>([^<]{1,2000})<\/Pass>/),
  binaryIsSecret: false,
  fix: `${ROTATE_AND_REMOVE}change the FTP passwords it names and export sites without passwords (File → Export, or set a master password).`,
  examples: {
    reports: (generate) => [
      {
        path: 'ftp/sitemanager.xml',
        lines: ['<FileZilla3>', '<Servers>', '<Server>', '<Host>ftp.host.test</Host>', '<User>deploy</User>', `<Pass encoding="base64">${generate.base64(24)}</Pass>`],
      },
      { path: 'recentservers.xml', lines: [`    <Pass>${generate.alnum(14)}</Pass>`] },
    ],
    ignores: () => [
      { path: 'ftp/sitemanager.xml', lines: ['<Server>', '<Host>ftp.host.test</Host>', '<Logontype>2</Logontype>', '<Pass encoding="base64" />'] },
      { path: 'docs/sitemanager.md', lines: ['<Pass>secret</Pass>'] },
    ],
  },
};
