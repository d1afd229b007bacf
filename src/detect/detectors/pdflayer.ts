import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const pdflayerDetectors: readonly Detector[] = [
  assignedToken({
    id: 'pdflayer-api-key',
    description: 'pdflayer (apilayer) access key',
    keywords: ['pdflayer'],
    // pdflayer access keys (pdflayer.com/documentation, apilayer): 32 lower-case hex-like characters.
    name: providerSetting('pdflayer'),
    value: '[a-z0-9]{32}',
    minEntropy: 3,
    fix: 'Reset the access key in the pdflayer dashboard, then read a new one from the environment (PDFLAYER_ACCESS_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`PDFLAYER_ACCESS_KEY=${generate.lowerAlnum(32)}`, `pdflayer key: ${generate.lowerAlnum(32)}`],
      ignores: (generate) => [`api_key = ${generate.lowerAlnum(32)}`, `PDFLAYER_ACCESS_KEY=${generate.lowerAlnum(16)}`],
    },
  }),
];
