import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const plivoDetectors: readonly Detector[] = [
  assignedToken({
    id: 'plivo-auth-token',
    description: 'Plivo auth token',
    keywords: ['plivo'],
    // Plivo auth tokens (plivo.com/docs "Authentication"): 40 base62 characters beside a 20-letter auth id.
    name: providerSetting('plivo'),
    value: '[A-Za-z0-9_-]{40}',
    minEntropy: 3,
    fix: 'Regenerate the auth token in the Plivo console (Overview → Account), then read a new one from the environment (PLIVO_AUTH_TOKEN) or your secret manager.',
    examples: {
      detects: (generate) => [`PLIVO_AUTH_TOKEN=${generate.alnum(40)}`, `plivo token: ${generate.alnum(40)}`],
      ignores: (generate) => [`api_key = ${generate.alnum(40)}`, `PLIVO_AUTH_TOKEN=${generate.alnum(20)}`],
    },
  }),
];
