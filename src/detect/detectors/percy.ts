import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const percyDetectors: readonly Detector[] = [
  assignedToken({
    id: 'percy-token',
    description: 'Percy project token',
    keywords: ['percy'],
    // Percy project tokens (docs.percy.io "Project tokens"): 64 hex characters (newer ones after a type prefix such as "web_", which this rule leaves out).
    name: providerSetting('percy', 'token'),
    value: '[a-f0-9]{64}',
    minEntropy: 3,
    fix: 'Regenerate the token in Percy (Project settings → Project token), then read a new one from the environment (PERCY_TOKEN) or your secret manager.',
    examples: {
      detects: (generate) => [`PERCY_TOKEN=${generate.hex(64)}`, `percy token: ${generate.hex(64)}`],
      ignores: (generate) => [`api_key = ${generate.hex(64)}`, `PERCY_TOKEN=${generate.hex(32)}`],
    },
  }),
];
