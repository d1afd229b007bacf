import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const webflowDetectors: readonly Detector[] = [
  assignedToken({
    id: 'webflow-api-token',
    description: 'Webflow API token',
    keywords: ['webflow'],
    // Webflow site and workspace API tokens (developers.webflow.com "Authentication"): 64 hex characters.
    name: providerSetting('webflow'),
    value: '[a-f0-9]{64}',
    minEntropy: 3,
    fix: 'Delete the token in Webflow (Site settings → Apps & integrations → API access), then read a new one from the environment (WEBFLOW_API_TOKEN) or your secret manager.',
    examples: {
      detects: (generate) => [`WEBFLOW_API_TOKEN=${generate.hex(64)}`, `webflow token: ${generate.hex(64)}`],
      ignores: (generate) => [`api_key = ${generate.hex(64)}`, `WEBFLOW_API_TOKEN=${generate.hex(32)}`],
    },
  }),
];
