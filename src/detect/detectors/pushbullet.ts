import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const pushbulletDetectors: readonly Detector[] = [
  assignedToken({
    id: 'pushbullet-access-token',
    description: 'Pushbullet access token',
    keywords: ['pushbullet'],
    // Pushbullet access tokens (docs.pushbullet.com "API Quick Start", Account Settings → Create Access Token): "o." + 32 base62.
    name: providerSetting('pushbullet'),
    value: 'o\\.[A-Za-z0-9]{32}',
    minEntropy: 3,
    fix: 'Delete the token on https://www.pushbullet.com/#settings/account (Access Tokens), then read a new one from the environment (PUSHBULLET_ACCESS_TOKEN) or your secret manager.',
    examples: {
      detects: (generate) => [`PUSHBULLET_ACCESS_TOKEN=o.${generate.alnum(32)}`, `pushbullet token: o.${generate.alnum(32)}`],
      ignores: (generate) => [`api_key = o.${generate.alnum(32)}`, `PUSHBULLET_ACCESS_TOKEN=o.${generate.alnum(12)}`],
    },
  }),
];
