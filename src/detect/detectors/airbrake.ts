import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const airbrakeDetectors: readonly Detector[] = [
  assignedToken({
    id: 'airbrake-project-key',
    description: 'Airbrake project key assigned to an airbrake-named setting',
    keywords: ['airbrake'],
    // Airbrake project keys (docs.airbrake.io): 32 hex characters with no marker, beside a numeric project id; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('airbrake'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the key in Airbrake (the project → Settings → Project key), then read a new one from the AIRBRAKE_PROJECT_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`AIRBRAKE_PROJECT_KEY=${generate.hex(32)}`, `airbrake_key: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `AIRBRAKE_PROJECT_KEY=${generate.hex(16)}`, `AIRBRAKE_PROJECT_ACCOUNT_ID=${generate.hex(32)}`],
    },
  }),
];
