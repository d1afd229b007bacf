import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const hellosignDetectors: readonly Detector[] = [
  assignedToken({
    id: 'hellosign-api-key',
    description: 'HelloSign API key assigned to a hellosign-named setting',
    keywords: ['hellosign'],
    // Dropbox Sign (HelloSign) API keys (developers.hellosign.com, Basic username): 64 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('hellosign'),
    value: '[a-f0-9]{64}',
    minEntropy: 3,
    fix: 'Revoke the key in HelloSign (Settings → API → API key), then read a new one from the HELLOSIGN_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`HELLOSIGN_API_KEY=${generate.hex(64)}`, `hellosign_key: "${generate.hex(64)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(64)}`, `HELLOSIGN_API_KEY=${generate.hex(32)}`, `HELLOSIGN_API_ACCOUNT_ID=${generate.hex(64)}`],
    },
  }),
];
