import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Revoke the key in the Meraki dashboard (My profile → API access → Revoke), then create a new one and keep it in your secret manager.';

export const merakiDetectors: readonly Detector[] = [
  assignedToken({
    id: 'meraki-api-key',
    description: 'Cisco Meraki Dashboard API key assigned to a meraki-named setting',
    keywords: ['meraki'],
    // Cisco Meraki Dashboard API keys ("Authorization"): 40 hex, so a meraki name (as people write it: meraki, Meraki, MERAKI) must precede them.
    name: '(?:[Mm]eraki|MERAKI)[A-Za-z0-9_.-]{0,30}',
    nameAsWritten: true,
    value: '[a-f0-9]{40}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`MERAKI_API_KEY=${generate.hex(40)}`, `meraki.apiKey: "${generate.hex(40)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(40)}`, `MERAKI_API_KEY=${generate.hex(20)}`],
    },
  }),
];
