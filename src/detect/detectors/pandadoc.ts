import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const pandadocDetectors: readonly Detector[] = [
  assignedToken({
    id: 'pandadoc-api-key',
    description: 'PandaDoc API key',
    keywords: ['pandadoc'],
    // PandaDoc API keys (developers.pandadoc.com "API key authentication"): 40 hex characters, sent as "API-Key".
    name: providerSetting('pandadoc'),
    value: '[a-f0-9]{40}',
    minEntropy: 3,
    fix: 'Regenerate the key in PandaDoc (Settings → API and Integrations → Developer dashboard), then read a new one from the environment (PANDADOC_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`PANDADOC_API_KEY=${generate.hex(40)}`, `pandadoc key: ${generate.hex(40)}`],
      ignores: (generate) => [`api_key = ${generate.hex(40)}`, `PANDADOC_API_KEY=${generate.hex(20)}`],
    },
  }),
];
