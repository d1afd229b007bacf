import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const logzioDetectors: readonly Detector[] = [
  assignedToken({
    id: 'logzio-api-token',
    description: 'Logzio API token assigned to a logzio-named setting',
    keywords: ['logzio', 'logz_io'],
    // Logz.io API tokens (docs.logz.io, X-API-TOKEN): a UUID with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('logzio|logz_io'),
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 3,
    fix: 'Revoke the token in Logzio (Settings → Manage tokens → API tokens), then read a new one from the LOGZIO_API_TOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`LOGZIO_API_TOKEN=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `logzio_token: "${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `LOGZIO_API_TOKEN=${generate.hex(16)}`, `LOGZIO_API_ACCOUNT_ID=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
    },
  }),
];
