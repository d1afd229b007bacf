import type { FileDetector } from '../file-detector';
import { isNotBlank, ROTATE_AND_REMOVE } from '../file-detector-parts';

export const keystoreFileDetector: FileDetector = {
  id: 'sensitive-file-keystore',
  description: 'Key store holding private keys (*.p12, *.pfx, *.jks, *.keystore)',
  severity: 'critical',
  confidence: 'high',
  label: 'key store',
  // PKCS #12 (RFC 7292) files are .p12 or .pfx; Java's keytool(1) writes JKS stores, .jks or Android's .keystore.
  namePattern: /\.(?:p12|pfx|jks|keystore)$/,
  holdsSecret: isNotBlank,
  binaryIsSecret: true,
  fix: `${ROTATE_AND_REMOVE}treat the keys in it as compromised: issue new certificates or signing keys and keep the store in a secret manager.`,
  examples: {
    reports: () => [
      { path: 'android/app/release.keystore', isBinary: true, lines: [] },
      { path: 'certs/client.p12', isBinary: true, lines: [] },
      { path: 'server.PFX', isBinary: true, lines: [] },
      { path: 'src/main/resources/keystore.jks', isBinary: true, lines: [] },
    ],
    ignores: () => [
      { path: 'docs/keystore.md', lines: ['Create release.keystore with keytool'] },
      { path: 'android/keystore.properties.example', lines: ['storeFile=release.keystore'] },
    ],
  },
};
