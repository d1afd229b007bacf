import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const godaddyDetectors: readonly Detector[] = [
  assignedToken({
    id: 'godaddy-api-secret',
    description: 'GoDaddy API secret assigned to a godaddy-named setting',
    keywords: ['godaddy'],
    // GoDaddy API credentials (developer.godaddy.com,): the secret is 22 alphanumerics with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('godaddy'),
    value: '[A-Za-z0-9]{22}',
    minEntropy: 3.5,
    fix: 'Revoke the secret in GoDaddy (developer.godaddy.com/keys), then read a new one from the GODADDY_API_SECRET environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`GODADDY_API_SECRET=${generate.alnum(22)}`, `godaddy_secret: "${generate.alnum(22)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(22)}`, `GODADDY_API_SECRET=${generate.alnum(11)}`, `GODADDY_API_ACCOUNT_ID=${generate.alnum(22)}`],
    },
  }),
];
