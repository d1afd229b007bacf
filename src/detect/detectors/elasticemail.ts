import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const elasticemailDetectors: readonly Detector[] = [
  assignedToken({
    id: 'elasticemail-api-key',
    description: 'ElasticEmail API key assigned to an elasticemail-named setting',
    keywords: ['elasticemail', 'elastic_email'],
    // Elastic Email API keys (elasticemail.com/developers, X-ElasticEmail-ApiKey): 96 characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('elasticemail|elastic_email'),
    value: '[A-Za-z0-9_-]{96}',
    minEntropy: 3,
    fix: 'Revoke the key in ElasticEmail (Settings → Manage API Keys), then read a new one from the ELASTICEMAIL_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`ELASTICEMAIL_API_KEY=${generate.hex(96).toUpperCase()}`, `elasticemail_key: "${generate.hex(96).toUpperCase()}"`],
      ignores: (generate) => [`api_key = ${generate.hex(96).toUpperCase()}`, `ELASTICEMAIL_API_KEY=${generate.hex(48)}`, `ELASTICEMAIL_API_ACCOUNT_ID=${generate.hex(96).toUpperCase()}`],
    },
  }),
];
