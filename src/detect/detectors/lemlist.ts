import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const lemlistDetectors: readonly Detector[] = [
  assignedToken({
    id: 'lemlist-api-key',
    description: 'Lemlist API key assigned to a lemlist-named setting',
    keywords: ['lemlist'],
    // lemlist API keys (developer.lemlist.com, Basic password): 32 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('lemlist'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the key in Lemlist (Settings → Integrations → API), then read a new one from the LEMLIST_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`LEMLIST_API_KEY=${generate.hex(32)}`, `lemlist_key: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `LEMLIST_API_KEY=${generate.hex(16)}`, `LEMLIST_API_ACCOUNT_ID=${generate.hex(32)}`],
    },
  }),
];
