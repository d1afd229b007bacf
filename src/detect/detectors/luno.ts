import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const lunoDetectors: readonly Detector[] = [
  assignedToken({
    id: 'luno-api-secret',
    description: 'Luno API secret assigned to a luno-named setting',
    keywords: ['luno'],
    // Luno API key secrets (luno.com/en/developers/api, Basic auth with a 13-character key id): 43 URL-safe base64 characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('luno'),
    value: '[A-Za-z0-9_-]{43}',
    minEntropy: 4,
    fix: 'Revoke the secret in Luno (Settings → API keys), then read a new one from the LUNO_API_SECRET environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`LUNO_API_SECRET=${generate.base64url(43)}`, `luno_secret: "${generate.base64url(43)}"`],
      ignores: (generate) => [`api_key = ${generate.base64url(43)}`, `LUNO_API_SECRET=${generate.base64url(20)}`, `LUNO_API_ACCOUNT_ID=${generate.base64url(43)}`],
    },
  }),
];
