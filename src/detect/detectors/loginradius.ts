import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const loginradiusDetectors: readonly Detector[] = [
  assignedToken({
    id: 'loginradius-api-secret',
    description: 'LoginRadius API secret assigned to a loginradius-named setting',
    keywords: ['loginradius'],
    // LoginRadius API secrets (loginradius.com/docs): a UUID with no marker; the API key beside it is one too; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('loginradius'),
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 3,
    fix: 'Revoke the secret in LoginRadius (the Admin Console → Platform Configuration → API Credentials), then read a new one from the LOGINRADIUS_API_SECRET environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`LOGINRADIUS_API_SECRET=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `loginradius_secret: "${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `LOGINRADIUS_API_SECRET=${generate.hex(16)}`, `LOGINRADIUS_API_ACCOUNT_ID=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
    },
  }),
];
