import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const amadeusDetectors: readonly Detector[] = [
  assignedToken({
    id: 'amadeus-api-secret',
    description: 'Amadeus API secret assigned to an amadeus-named setting',
    keywords: ['amadeus'],
    // Amadeus for Developers API secrets (developers.amadeus.com, the OAuth client_secret): 16 alphanumerics with no marker, beside a 32-character API key that is the client id; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('amadeus'),
    value: '[A-Za-z0-9]{16}',
    minEntropy: 3,
    fix: 'Revoke the secret in Amadeus (My Self-Service Workspace → the app → API Keys), then read a new one from the AMADEUS_CLIENT_SECRET environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`AMADEUS_CLIENT_SECRET=${generate.alnum(16)}`, `amadeus_secret: "${generate.alnum(16)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(16)}`, `AMADEUS_CLIENT_SECRET=${generate.alnum(8)}`, `AMADEUS_CLIENT_ACCOUNT_ID=${generate.alnum(16)}`],
    },
  }),
];
