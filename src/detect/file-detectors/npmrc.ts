import type { FileDetector } from '../file-detector';
import { credentialLine, ROTATE_AND_REMOVE } from '../file-detector-parts';

export const npmrcFileDetector: FileDetector = {
  id: 'sensitive-file-npmrc',
  description: '.npmrc holding a registry credential (_authToken, _auth, _password)',
  severity: 'high',
  confidence: 'high',
  label: '.npmrc with a registry credential',
  namePattern: /(?:^|\/)\.npmrc$/,
  // npm config docs (docs.npmjs.com, "npmrc", auth-related configuration): "//registry/:_authToken=…",
  // "_auth=…" (base64 user:password), "_password=…".
  ...credentialLine(/(?:^|:)_(?:authToken|auth|password)[ \t]{0,10}=[ \t]{0,10}(\S{1,2000})/),
  binaryIsSecret: false,
  fix: `${ROTATE_AND_REMOVE}revoke the token at the registry and write "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" instead.`,
  examples: {
    reports: (generate) => [
      { path: '.npmrc', lines: ['registry=https://registry.npmjs.org/', `//registry.npmjs.org/:_authToken=${generate.alnum(36)}`] },
      { path: 'packages/web/.npmrc', lines: [`_auth=${generate.base64(28)}`] },
    ],
    ignores: () => [
      { path: '.npmrc', lines: ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}'] },
      { path: '.npmrc', lines: ['save-exact=true', 'engine-strict=true'] },
    ],
  },
};
