import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const todoistDetectors: readonly Detector[] = [
  assignedToken({
    id: 'todoist-api-token',
    description: 'Todoist API token',
    keywords: ['todoist'],
    // Todoist API tokens (developer.todoist.com "Authorization"): 40 hex characters.
    name: providerSetting('todoist'),
    value: '[a-f0-9]{40}',
    minEntropy: 3,
    fix: 'Issue a new token in Todoist (Settings → Integrations → Developer), then read a new one from the environment (TODOIST_API_TOKEN) or your secret manager.',
    examples: {
      detects: (generate) => [`TODOIST_API_TOKEN=${generate.hex(40)}`, `todoist token: ${generate.hex(40)}`],
      ignores: (generate) => [`api_key = ${generate.hex(40)}`, `TODOIST_API_TOKEN=${generate.hex(20)}`],
    },
  }),
];
