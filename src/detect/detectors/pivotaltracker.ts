import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const pivotaltrackerDetectors: readonly Detector[] = [
  assignedToken({
    id: 'pivotaltracker-api-token',
    description: 'Pivotal Tracker API token',
    keywords: ['pivotal'],
    // Pivotal Tracker API tokens (pivotaltracker.com/help/api "Authentication"): 32 hex characters, sent as X-TrackerToken.
    name: providerSetting('pivotal'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Create a new token in Pivotal Tracker (Profile → API token), then read a new one from the environment (PIVOTAL_TRACKER_TOKEN) or your secret manager.',
    examples: {
      detects: (generate) => [`PIVOTAL_TRACKER_TOKEN=${generate.hex(32)}`, `pivotaltracker token: ${generate.hex(32)}`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `PIVOTAL_TRACKER_TOKEN=${generate.hex(16)}`],
    },
  }),
];
