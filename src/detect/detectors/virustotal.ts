import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const virustotalDetectors: readonly Detector[] = [
  assignedToken({
    id: 'virustotal-api-key',
    description: 'VirusTotal API key',
    keywords: ['virustotal'],
    // VirusTotal API keys (docs.virustotal.com "Authentication"): 64 hex characters, sent as x-apikey.
    name: providerSetting('virustotal'),
    value: '[a-f0-9]{64}',
    minEntropy: 3,
    fix: 'Reset the key in VirusTotal (your profile → API key), then read a new one from the environment (VIRUSTOTAL_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`VIRUSTOTAL_API_KEY=${generate.hex(64)}`, `virustotal key: ${generate.hex(64)}`],
      ignores: (generate) => [`api_key = ${generate.hex(64)}`, `VIRUSTOTAL_API_KEY=${generate.hex(32)}`],
    },
  }),
];
