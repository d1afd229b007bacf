import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const opsgenieDetectors: readonly Detector[] = [
  assignedToken({
    id: 'opsgenie-api-key',
    description: 'Opsgenie API key',
    keywords: ['opsgenie'],
    // Opsgenie API integration keys (docs.opsgenie.com "API key management"): a UUID.
    name: providerSetting('opsgenie'),
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 3,
    fix: 'Delete the key in Opsgenie (Settings → API key management, or the integration), then read a new one from the environment (OPSGENIE_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`OPSGENIE_API_KEY=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `opsgenie key: ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
      ignores: (generate) => [`api_key = ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `OPSGENIE_API_KEY=${generate.hex(8)}-${generate.hex(4)}`],
    },
  }),
];
