import type * as Crypto from 'node:crypto';

/**
 * Keys their providers publish on purpose, in documentation and public sample code, so that anyone
 * may paste them: they open nothing, and a hook that blocks them teaches people to skip it. Kept as
 * SHA-256 digests (hex) by length, never as the keys themselves: the repository scans itself, and a
 * list of literals would be a list of things that look like live keys to every other scanner.
 */
const PUBLISHED_SAMPLES: ReadonlyMap<number, ReadonlySet<string>> = new Map([
  [
    88,
    new Set([
      // The Azurite and Azure Storage Emulator account key (account devstoreaccount1), learn.microsoft.com
      // "Use the Azurite emulator for local Azure Storage development", "Well-known storage account and key".
      '0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059',
    ]),
  ],
  [
    20,
    new Set([
      // AWS's documented example access key IDs (AWS CLI User Guide, "Configuration and credential file
      // settings": the default and the user1 profile).
      '1a5d44a2dca19669d72edf4c4f1c27c4c1ca4b4408fbb17f6ce4ad452d78ddb3',
      'c6ea27c534f993d31f0aef882e3d200e7b87470c379ae79c8f9b19d3bd363dc9',
    ]),
  ],
  [
    40,
    new Set([
      // Their secret access keys, same page.
      '78314b11be2e581549ac1c4f616563fad3fdf0c3b71678f6e2299182080e0598',
      'e21b597ba6b9cafa59d9ebc4d65c0385f5eb3fa56abab2607fa76589ad849a33',
    ]),
  ],
  [
    39,
    new Set([
      // The example API key in the javadoc of FirebaseOptions.getApiKey (github.com/firebase/firebase-android-sdk,
      // firebase-common/src/main/java/com/google/firebase/FirebaseOptions.java).
      '6ca6473b42d9c17e9059568aa166fa8b542a90ec4b6c38f25ab55d2be31c12e0',
      // The API keys of the same repository's tests and demo configs (firebase-common FirebaseAppTest,
      // firebase-dataconnect google-services.json, firebase-perf FirebasePerformanceTest, firebase-messaging
      // FirebaseIidTestUtil and MessagingTestHelper, firebase-installations FirebaseInstallationsTest).
      'a19f89ab3555eac10c40741f6df79ecf0935998f15569f8db9d67bce0181fff6',
      '0b476bdf9acf2123d547b5ae76f1e59884d8ec9553ee0c47e9f31fd4768f3f3c',
      'ea9bb1082cf95663f5faca23b8b15ef2aa0fce0a5c6df9c32dcb85b2e0a4513d',
      '4c98242dcadc8b29005c6b4aad526552d5ea1842149154c0694adeec75847583',
      'dc0fcf046c61640cbd1e8b999ada3262d722c2ca4bf42dceac999020ffdbb614',
      '2037abcaffb2b77785da716cf7ccff4ff4d00c4ea930db0167b7d71f50af7eb4',
      'eb540d2b6ee2a0a47c5779bc8a0141784c6b753840d4c6f4e2428a6e86e9e0b1',
      '37f8f09bdf12c2f2eae4ead7273a62ddb0c23459cbf902892f282b57f7ed6619',
      '8731261cb72d86267a32a532ebd3df429e2144e5e4ced7e13568bc9e6c8fb1b1',
      '49f777db995e8260da7ca9ffdf0c08d66f0453e97ec967018baf2cdfe3b582d0',
      '27a9a42931dff7eb2f8434e20a9bce976ea364e7bee49187f19d5cfeca9c7045',
    ]),
  ],
]);

/**
 * Whether `secret` is one of the published samples. Only a value of a sample's length is hashed, and
 * node:crypto is loaded on the first one: most scans never need it.
 */
export function isPublishedSample(secret: string): boolean {
  const digests = PUBLISHED_SAMPLES.get(secret.length);
  if (digests === undefined) return false;
  const { createHash } = require('node:crypto') as typeof Crypto;
  return digests.has(createHash('sha256').update(secret).digest('hex'));
}
