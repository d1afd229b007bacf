import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const mapquestDetectors: readonly Detector[] = [
  assignedToken({
    id: 'mapquest-api-key',
    description: 'MapQuest API key',
    keywords: ['mapquest'],
    // MapQuest developer keys (developer.mapquest.com "Keys"): 32 base62 characters.
    name: providerSetting('mapquest'),
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the key in the MapQuest developer portal (Manage Keys), then read a new one from the environment (MAPQUEST_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`MAPQUEST_API_KEY=${generate.alnum(32)}`, `mapquest key: ${generate.alnum(32)}`],
      ignores: (generate) => [`api_key = ${generate.alnum(32)}`, `MAPQUEST_API_KEY=${generate.alnum(16)}`],
    },
  }),
];
