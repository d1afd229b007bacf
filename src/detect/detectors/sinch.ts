import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const sinchDetectors: readonly Detector[] = [
  assignedToken({
    id: 'sinch-api-token',
    description: 'Sinch API token or key secret',
    keywords: ['sinch'],
    // Sinch SMS API tokens (developers.sinch.com "Authentication"): 32 lower-case hex characters beside a 32-character service plan id.
    name: providerSetting('sinch'),
    value: '[a-z0-9]{32}',
    minEntropy: 3,
    fix: 'Regenerate the token in the Sinch customer dashboard (SMS → APIs), then read a new one from the environment (SINCH_API_TOKEN) or your secret manager.',
    examples: {
      detects: (generate) => [`SINCH_API_TOKEN=${generate.lowerAlnum(32)}`, `sinch token: ${generate.lowerAlnum(32)}`],
      ignores: (generate) => [`api_key = ${generate.lowerAlnum(32)}`, `SINCH_API_TOKEN=${generate.lowerAlnum(16)}`],
    },
  }),
];
