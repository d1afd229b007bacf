import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const signalwireDetectors: readonly Detector[] = [
  assignedToken({
    id: 'signalwire-api-token',
    description: 'SignalWire API token',
    keywords: ['signalwire'],
    // SignalWire project API tokens (developer.signalwire.com "Authentication"): 50 base62 characters ("PT" + 48 hex), beside the project UUID.
    name: providerSetting('signalwire', '(?:token|key)'),
    value: '[0-9A-Za-z]{50}',
    minEntropy: 3,
    fix: 'Delete the token in the SignalWire dashboard (API → API tokens), then read a new one from the environment (SIGNALWIRE_TOKEN) or your secret manager.',
    examples: {
      detects: (generate) => [`SIGNALWIRE_TOKEN=PT${generate.hex(48)}`, `signalwire token: PT${generate.hex(48)}`],
      ignores: (generate) => [`api_key = PT${generate.hex(48)}`, `SIGNALWIRE_TOKEN=PT${generate.hex(20)}`],
    },
  }),
];
