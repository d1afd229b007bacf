import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const bugsnagDetectors: readonly Detector[] = [
  assignedToken({
    id: 'bugsnag-auth-token',
    description: 'Bugsnag auth token assigned to a bugsnag-named setting',
    keywords: ['bugsnag'],
    // Bugsnag personal auth tokens for the Data Access API (bugsnagapiv2.docs.apiary.io): a UUID with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('bugsnag'),
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 3,
    fix: 'Revoke the token in Bugsnag (My Account → Personal auth tokens), then read a new one from the BUGSNAG_AUTH_TOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`BUGSNAG_AUTH_TOKEN=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `bugsnag_token: "${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `BUGSNAG_AUTH_TOKEN=${generate.hex(16)}`, `BUGSNAG_AUTH_ACCOUNT_ID=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
    },
  }),
];
