import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const graphhopperDetectors: readonly Detector[] = [
  assignedToken({
    id: 'graphhopper-api-key',
    description: 'GraphHopper API key assigned to a graphhopper-named setting',
    keywords: ['graphhopper'],
    // GraphHopper API keys (docs.graphhopper.com, key=): a UUID with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('graphhopper'),
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 3,
    fix: 'Revoke the key in GraphHopper (Dashboard → API Keys), then read a new one from the GRAPHHOPPER_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`GRAPHHOPPER_API_KEY=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `graphhopper_key: "${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `GRAPHHOPPER_API_KEY=${generate.hex(16)}`, `GRAPHHOPPER_API_ACCOUNT_ID=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
    },
  }),
];
