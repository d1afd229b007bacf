import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const togglDetectors: readonly Detector[] = [
  assignedToken({
    id: 'toggl-api-token',
    description: 'Toggl Track API token',
    keywords: ['toggl'],
    // Toggl Track API tokens (engineering.toggl.com/docs "Authentication"): 32 hex characters.
    name: providerSetting('toggl'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Reset the token in Toggl Track (Profile settings → API Token), then read a new one from the environment (TOGGL_API_TOKEN) or your secret manager.',
    examples: {
      detects: (generate) => [`TOGGL_API_TOKEN=${generate.hex(32)}`, `toggl token: ${generate.hex(32)}`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `TOGGL_API_TOKEN=${generate.hex(16)}`],
    },
  }),
];
