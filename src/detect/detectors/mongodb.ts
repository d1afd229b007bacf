import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Delete the API key or service account secret in MongoDB Atlas (Organization → Access Manager → Applications), check the access list and activity feed, then read new credentials from your secret manager.';

export const mongodbDetectors: readonly Detector[] = [
  assignedToken({
    id: 'mongodb-atlas-private-api-key',
    description: 'MongoDB Atlas programmatic API private key assigned to an atlas/mongodb private-key setting',
    keywords: ['atlas', 'mongodb'],
    // Atlas programmatic API keys ("Grant programmatic access"): an 8-letter public key and a UUID private key; only the private key is secret and it has no marker.
    name: '(?:mongodb[A-Za-z0-9_.-]{0,20}|atlas[A-Za-z0-9_.-]{0,20})private[_.-]?(?:api[_.-]?)?key',
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 3,
    severity: 'critical',
    fix: ROTATE,
    examples: {
      detects: (generate) => [
        `MONGODB_ATLAS_PRIVATE_KEY=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`,
        `atlas.privateApiKey: "${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}"`,
      ],
      ignores: (generate) => [
        `MONGODB_ATLAS_PUBLIC_KEY=${generate.chars('abcdefghijklmnopqrstuvwxyz', 8)}`,
        `private_key_id = ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`,
      ],
    },
  }),
  // Atlas service accounts (2024): client ID "mdb_sa_id_" + 24 hex, client secret "mdb_sa_sk_" + 40 base64url characters.
  prefixedToken({
    id: 'mongodb-atlas-service-account-secret',
    severity: 'critical',
    description: 'MongoDB Atlas service account client secret',
    prefixes: ['mdb_sa_sk_'],
    charset: 'A-Za-z0-9_-',
    length: 40,
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`mdb_sa_sk_${generate.base64url(40)}`, `MONGODB_ATLAS_CLIENT_SECRET=mdb_sa_sk_${generate.base64url(40)}`],
      ignores: (generate) => [`mdb_sa_id_${generate.hex(24)}`, `mdb_sa_sk_${generate.base64url(12)}`],
    },
  }),
];
