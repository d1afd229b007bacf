import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const pipedriveDetectors: readonly Detector[] = [
  assignedToken({
    id: 'pipedrive-api-token',
    description: 'Pipedrive API token',
    keywords: ['pipedrive'],
    // Pipedrive personal API tokens (pipedrive.readme.io "How to find the API token"): 40 hex characters.
    name: providerSetting('pipedrive'),
    value: '[a-f0-9]{40}',
    minEntropy: 3,
    fix: 'Regenerate the token in Pipedrive (Personal preferences → API), then read a new one from the environment (PIPEDRIVE_API_TOKEN) or your secret manager.',
    examples: {
      detects: (generate) => [`PIPEDRIVE_API_TOKEN=${generate.hex(40)}`, `pipedrive token: ${generate.hex(40)}`],
      ignores: (generate) => [`api_key = ${generate.hex(40)}`, `PIPEDRIVE_API_TOKEN=${generate.hex(20)}`],
    },
  }),
];
