import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Remove the Item (/item/remove) or rotate the secret in the Plaid Dashboard (Team settings → Keys), then keep access tokens in your database, encrypted, and secrets in your secret manager.';

export const plaidDetectors: readonly Detector[] = [
  {
    id: 'plaid-access-token',
    description: 'Plaid production access token (reads a user’s bank data)',
    keywords: ['access-production-'],
    // Plaid access tokens ("/item/public_token/exchange"): "access-<environment>-" + a UUID; sandbox tokens reach no real accounts.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>access-production-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`access-production-${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
      ignores: (generate) => [`access-sandbox-${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, 'access-production-<token>'],
    },
  },
  assignedToken({
    id: 'plaid-secret',
    description: 'Plaid API secret assigned to a plaid-named setting',
    keywords: ['plaid'],
    // Plaid secrets (Dashboard → Keys): 30 hex characters with no marker; the client ID (24 hex) is not secret.
    name: 'plaid[A-Za-z0-9_.-]{0,30}',
    value: '[a-f0-9]{30}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`PLAID_SECRET=${generate.hex(30)}`, `plaid.secret: "${generate.hex(30)}"`],
      ignores: (generate) => [`PLAID_CLIENT_ID=${generate.hex(24)}`, `secret = ${generate.hex(30)}`],
    },
  }),
];
