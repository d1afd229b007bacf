import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const stravaDetectors: readonly Detector[] = [
  assignedToken({
    id: 'strava-client-secret',
    description: 'Strava client secret or access token',
    keywords: ['strava'],
    // Strava API application credentials (developers.strava.com "Authentication"): the client secret and access tokens are 40 hex characters.
    name: providerSetting('strava', '(?:secret|token)'),
    value: '[a-f0-9]{40}',
    minEntropy: 3,
    fix: 'Reset the client secret at https://www.strava.com/settings/api, then read a new one from the environment (STRAVA_CLIENT_SECRET) or your secret manager.',
    examples: {
      detects: (generate) => [`STRAVA_CLIENT_SECRET=${generate.hex(40)}`, `strava token: ${generate.hex(40)}`],
      ignores: (generate) => [`api_key = ${generate.hex(40)}`, `STRAVA_CLIENT_SECRET=${generate.hex(20)}`],
    },
  }),
];
