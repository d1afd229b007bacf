import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Revoke the token in the Sendbird dashboard (Settings → Application → General → API tokens), then read a new one from your secret manager.';

export const sendbirdDetectors: readonly Detector[] = [
  assignedToken({
    id: 'sendbird-api-token',
    description: 'Sendbird API token assigned to a sendbird-named setting',
    keywords: ['sendbird'],
    // Sendbird master and secondary API tokens ("Authentication", sent as Api-Token): 40 hex, so a sendbird name must precede them.
    name: 'sendbird[A-Za-z0-9_.-]{0,30}',
    value: '[a-f0-9]{40}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`SENDBIRD_API_TOKEN=${generate.hex(40)}`, `sendbird.apiToken: "${generate.hex(40)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(40)}`, `SENDBIRD_API_TOKEN=${generate.hex(20)}`],
    },
  }),
];
