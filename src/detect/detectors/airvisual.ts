import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const airvisualDetectors: readonly Detector[] = [
  assignedToken({
    id: 'airvisual-api-key',
    description: 'AirVisual API key assigned to an airvisual-named setting',
    keywords: ['airvisual'],
    // IQAir AirVisual API keys (api-docs.iqair.com, the key= parameter): a UUID with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('airvisual'),
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 3,
    fix: 'Revoke the key in AirVisual (the IQAir dashboard → API keys), then read a new one from the AIRVISUAL_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`AIRVISUAL_API_KEY=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `airvisual_key: "${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `AIRVISUAL_API_KEY=${generate.hex(16)}`, `AIRVISUAL_API_ACCOUNT_ID=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
    },
  }),
];
