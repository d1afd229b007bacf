import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const gumroadDetectors: readonly Detector[] = [
  assignedToken({
    id: 'gumroad-access-token',
    description: 'Gumroad access token assigned to a gumroad-named setting',
    keywords: ['gumroad'],
    // Gumroad application access tokens (app.gumroad.com/api, access_token=): 43 URL-safe base64 characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('gumroad'),
    value: '[A-Za-z0-9_-]{43}',
    minEntropy: 4,
    fix: 'Revoke the token in Gumroad (Settings → Advanced → Applications → the application), then read a new one from the GUMROAD_ACCESS_TOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`GUMROAD_ACCESS_TOKEN=${generate.base64url(43)}`, `gumroad_token: "${generate.base64url(43)}"`],
      ignores: (generate) => [`api_key = ${generate.base64url(43)}`, `GUMROAD_ACCESS_TOKEN=${generate.base64url(20)}`, `GUMROAD_ACCESS_ACCOUNT_ID=${generate.base64url(43)}`],
    },
  }),
];
