import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const solarwindsDetectors: readonly Detector[] = [
  assignedToken({
    id: 'solarwinds-api-token',
    description: 'SolarWinds Observability API or ingestion token',
    keywords: ['solarwinds'],
    // SolarWinds Observability API tokens (documentation.solarwinds.com "API tokens"): 71 base64url characters, no marker.
    name: providerSetting('solarwinds'),
    value: '[A-Za-z0-9_-]{71}',
    minEntropy: 4,
    fix: 'Revoke the token in SolarWinds Observability (Settings → API Tokens), then read a new one from the environment (SOLARWINDS_API_TOKEN) or your secret manager.',
    examples: {
      detects: (generate) => [`SOLARWINDS_API_TOKEN=${generate.base64url(71)}`, `solarwindsKey := "${generate.base64url(71)}"`],
      ignores: (generate) => [`api_key = ${generate.base64url(71)}`, `SOLARWINDS_API_TOKEN=${generate.base64url(30)}`],
    },
  }),
];
