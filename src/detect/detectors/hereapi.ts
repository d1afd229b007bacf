import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const hereapiDetectors: readonly Detector[] = [
  assignedToken({
    id: 'hereapi-api-key',
    description: 'HERE API key assigned to a here_api-named setting',
    keywords: ['hereapi', 'here_api'],
    // HERE platform API keys (developer.here.com, apiKey=): 43 URL-safe base64 characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('hereapi|here_api'),
    value: '[A-Za-z0-9_-]{43}',
    minEntropy: 4,
    fix: 'Revoke the key in HERE (the HERE platform → Access Manager → Apps → the app → Credentials), then read a new one from the HERE_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`HERE_API_KEY=${generate.base64url(43)}`, `hereapi_key: "${generate.base64url(43)}"`],
      ignores: (generate) => [`api_key = ${generate.base64url(43)}`, `HERE_API_KEY=${generate.base64url(20)}`, `HERE_API_ACCOUNT_ID=${generate.base64url(43)}`],
    },
  }),
];
