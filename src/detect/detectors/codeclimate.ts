import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const codeclimateDetectors: readonly Detector[] = [
  assignedToken({
    id: 'codeclimate-api-token',
    description: 'CodeClimate API token assigned to a codeclimate-named setting',
    keywords: ['codeclimate', 'code_climate'],
    // Code Climate API access tokens (developer.codeclimate.com, "Authorization: Token token=…"): 40 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('codeclimate|code_climate'),
    value: '[a-f0-9]{40}',
    minEntropy: 3,
    fix: 'Revoke the token in CodeClimate (User settings → API access), then read a new one from the CODECLIMATE_API_TOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`CODECLIMATE_API_TOKEN=${generate.hex(40)}`, `codeclimate_token: "${generate.hex(40)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(40)}`, `CODECLIMATE_API_TOKEN=${generate.hex(20)}`, `CC_TEST_REPORTER_ID=${generate.hex(40)}`],
    },
  }),
];
