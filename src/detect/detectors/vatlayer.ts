import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const vatlayerDetectors: readonly Detector[] = [
  assignedToken({
    id: 'vatlayer-api-key',
    description: 'vatlayer (apilayer) access key',
    keywords: ['vatlayer'],
    // vatlayer access keys (vatlayer.com/documentation, apilayer): 32 lower-case hex-like characters.
    name: providerSetting('vatlayer'),
    value: '[a-z0-9]{32}',
    minEntropy: 3,
    fix: 'Reset the access key in the vatlayer dashboard, then read a new one from the environment (VATLAYER_ACCESS_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`VATLAYER_ACCESS_KEY=${generate.lowerAlnum(32)}`, `vatlayer key: ${generate.lowerAlnum(32)}`],
      ignores: (generate) => [`api_key = ${generate.lowerAlnum(32)}`, `VATLAYER_ACCESS_KEY=${generate.lowerAlnum(16)}`],
    },
  }),
];
