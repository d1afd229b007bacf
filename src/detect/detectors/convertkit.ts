import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const convertkitDetectors: readonly Detector[] = [
  assignedToken({
    id: 'convertkit-api-secret',
    description: 'ConvertKit API secret assigned to a convertkit-named setting',
    keywords: ['convertkit'],
    // ConvertKit (Kit) API secrets (developers.kit.com, v3 api_secret): 43 URL-safe base64 characters with no marker; the 22-character API key is the public half; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('convertkit'),
    value: '[A-Za-z0-9_-]{43}',
    minEntropy: 4,
    fix: 'Revoke the secret in ConvertKit (Settings → Developer → API Secret), then read a new one from the CONVERTKIT_API_SECRET environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`CONVERTKIT_API_SECRET=${generate.base64url(43)}`, `convertkit_secret: "${generate.base64url(43)}"`],
      ignores: (generate) => [`api_key = ${generate.base64url(43)}`, `CONVERTKIT_API_SECRET=${generate.base64url(22)}`, `CONVERTKIT_API_ACCOUNT_ID=${generate.base64url(43)}`],
    },
  }),
];
