import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const screenshotlayerDetectors: readonly Detector[] = [
  assignedToken({
    id: 'screenshotlayer-api-key',
    description: 'screenshotlayer (apilayer) access key',
    keywords: ['screenshotlayer'],
    // screenshotlayer access keys (screenshotlayer.com/documentation, apilayer): 32 lower-case hex-like characters.
    name: providerSetting('screenshotlayer'),
    value: '[a-z0-9]{32}',
    minEntropy: 3,
    fix: 'Reset the access key in the screenshotlayer dashboard, then read a new one from the environment (SCREENSHOTLAYER_ACCESS_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`SCREENSHOTLAYER_ACCESS_KEY=${generate.lowerAlnum(32)}`, `screenshotlayer key: ${generate.lowerAlnum(32)}`],
      ignores: (generate) => [`api_key = ${generate.lowerAlnum(32)}`, `SCREENSHOTLAYER_ACCESS_KEY=${generate.lowerAlnum(16)}`],
    },
  }),
];
