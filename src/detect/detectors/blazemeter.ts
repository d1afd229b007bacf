import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const blazemeterDetectors: readonly Detector[] = [
  assignedToken({
    id: 'blazemeter-api-key',
    description: 'BlazeMeter API key assigned to a blazemeter-named setting',
    keywords: ['blazemeter', 'runscope'],
    // BlazeMeter and Runscope API keys and secrets (guide.blazemeter.com, Basic auth): UUIDs with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('blazemeter|runscope'),
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 3,
    fix: 'Revoke the key in BlazeMeter (Settings → Personal → API Keys), then read a new one from the BLAZEMETER_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`BLAZEMETER_API_KEY=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `blazemeter_key: "${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `BLAZEMETER_API_KEY=${generate.hex(16)}`, `BLAZEMETER_API_ACCOUNT_ID=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
    },
  }),
];
