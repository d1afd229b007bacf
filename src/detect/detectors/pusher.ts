import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const pusherDetectors: readonly Detector[] = [
  assignedToken({
    id: 'pusher-app-secret',
    description: 'Pusher Channels app secret',
    keywords: ['pusher'],
    // Pusher Channels app credentials (pusher.com/docs/channels "App keys"): the secret is 20 hex characters; the app key is public and not reported.
    name: providerSetting('pusher', 'secret'),
    value: '[a-f0-9]{20}',
    minEntropy: 3,
    fix: 'Create new app keys in Pusher (your app → App Keys) and delete the old, then read a new one from the environment (PUSHER_APP_SECRET) or your secret manager.',
    examples: {
      detects: (generate) => [`PUSHER_APP_SECRET=${generate.hex(20)}`, `pusher.secret: "${generate.hex(20)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(20)}`, `PUSHER_APP_SECRET=${generate.hex(10)}`],
    },
  }),
];
