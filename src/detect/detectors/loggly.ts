import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const logglyDetectors: readonly Detector[] = [
  assignedToken({
    id: 'loggly-customer-token',
    description: 'Loggly customer token assigned to a loggly-named setting',
    keywords: ['loggly'],
    // Loggly customer tokens (documentation.solarwinds.com, the inputs/<token> URL): a UUID with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('loggly'),
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 3,
    fix: 'Revoke the token in Loggly (Source Setup → Customer Tokens), then read a new one from the LOGGLY_TOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`LOGGLY_TOKEN=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `loggly_token: "${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `LOGGLY_TOKEN=${generate.hex(16)}`, `LOGGLY_ACCOUNT_ID=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
    },
  }),
];
