import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const codaDetectors: readonly Detector[] = [
  assignedToken({
    id: 'coda-api-token',
    description: 'Coda API token assigned to a coda-named setting',
    keywords: ['coda'],
    // Coda API tokens (coda.io/developers/apis/v1, Bearer): a UUID with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('coda'),
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 3,
    fix: 'Revoke the token in Coda (Account settings → API settings), then read a new one from the CODA_API_TOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`CODA_API_TOKEN=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `coda_token: "${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `CODA_API_TOKEN=${generate.hex(16)}`, `CODA_API_ACCOUNT_ID=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
    },
  }),
];
