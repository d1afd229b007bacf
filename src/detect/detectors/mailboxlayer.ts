import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const mailboxlayerDetectors: readonly Detector[] = [
  assignedToken({
    id: 'mailboxlayer-api-key',
    description: 'mailboxlayer (apilayer) access key',
    keywords: ['mailboxlayer'],
    // mailboxlayer access keys (mailboxlayer.com/documentation, apilayer): 32 lower-case hex-like characters.
    name: providerSetting('mailboxlayer'),
    value: '[a-z0-9]{32}',
    minEntropy: 3,
    fix: 'Reset the access key in the mailboxlayer dashboard, then read a new one from the environment (MAILBOXLAYER_ACCESS_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`MAILBOXLAYER_ACCESS_KEY=${generate.lowerAlnum(32)}`, `mailboxlayer key: ${generate.lowerAlnum(32)}`],
      ignores: (generate) => [`api_key = ${generate.lowerAlnum(32)}`, `MAILBOXLAYER_ACCESS_KEY=${generate.lowerAlnum(16)}`],
    },
  }),
];
