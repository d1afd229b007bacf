import type { FileDetector } from '../file-detector';
import { isNotBlank, ROTATE_AND_REMOVE } from '../file-detector-parts';

/** RFC 7468 labels of private keys, OpenSSH's and OpenPGP's included. */
const PRIVATE_KEY_LABEL = /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/;

export const privateKeyFileDetector: FileDetector = {
  id: 'sensitive-file-private-key',
  description: 'Private key file (id_rsa, id_ed25519, *.key, *.ppk, *.pem holding a private key)',
  severity: 'critical',
  confidence: 'high',
  label: 'private key file',
  // OpenSSH's default key names (ssh-keygen(1) FILES); the .pub halves are public.
  namePattern: /(?:^|\/)id_(?:rsa|dsa|ecdsa|ed25519|ecdsa_sk|ed25519_sk)$|\.(?:key|ppk|pem)$/,
  // A .pem may hold only certificates; the other names hold nothing but the key.
  holdsSecret: (line, path) => (path.endsWith('.pem') ? PRIVATE_KEY_LABEL.test(line) : isNotBlank(line)),
  binaryIsSecret: true,
  fix: `${ROTATE_AND_REMOVE}treat the key as compromised: generate a new key pair and replace the public key wherever it is trusted.`,
  examples: {
    reports: (generate) => [
      { path: '.ssh/id_rsa', lines: [generate.base64(64)] },
      { path: 'deploy/id_ed25519', isBinary: true, lines: [] },
      { path: 'config/master.key', lines: [generate.hex(32)] },
      { path: 'certs/server.pem', lines: ['-----BEGIN PRIVATE KEY-----', '...'] },
      { path: 'keys/putty.ppk', lines: ['PuTTY-User-Key-File-3: ssh-ed25519'] },
    ],
    ignores: (generate) => [
      { path: '.ssh/id_rsa.pub', lines: [`ssh-rsa ${generate.base64(300)} me@host`] },
      { path: 'certs/ca.pem', lines: ['-----BEGIN CERTIFICATE-----', generate.base64(64)] },
      { path: 'docs/id_rsa.md', lines: ['How to make an id_rsa key'] },
      { path: 'keys/empty.key', lines: [''] },
    ],
  },
};
