import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const foursquareDetectors: readonly Detector[] = [
  assignedToken({
    id: 'foursquare-client-secret',
    description: 'Foursquare client secret assigned to a foursquare-named setting',
    keywords: ['foursquare'],
    // Foursquare app credentials (location.foursquare.com/developer): a 48-character upper-case alphanumeric client secret beside a client id of the same shape; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('foursquare'),
    value: '[A-Z0-9]{48}',
    minEntropy: 4,
    fix: 'Revoke the secret in Foursquare (the developer console → the project → Settings), then read a new one from the FOURSQUARE_CLIENT_SECRET environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`FOURSQUARE_CLIENT_SECRET=${generate.upperAlnum(48)}`, `foursquare_secret: "${generate.upperAlnum(48)}"`],
      ignores: (generate) => [`api_key = ${generate.upperAlnum(48)}`, `FOURSQUARE_CLIENT_SECRET=${generate.upperAlnum(24)}`, `FOURSQUARE_CLIENT_ID=${generate.upperAlnum(48)}`],
    },
  }),
];
