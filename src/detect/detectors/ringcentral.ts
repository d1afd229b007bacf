import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const ringcentralDetectors: readonly Detector[] = [
  assignedToken({
    id: 'ringcentral-client-secret',
    description: 'RingCentral client secret',
    keywords: ['ringcentral'],
    // RingCentral app credentials (developers.ringcentral.com "App credentials"): the client secret is 22 base64url characters.
    name: providerSetting('ringcentral', 'secret'),
    value: '[A-Za-z0-9_-]{22}',
    minEntropy: 3.5,
    fix: 'Rotate the client secret in the RingCentral developer console (your app → Credentials), then read a new one from the environment (RINGCENTRAL_CLIENT_SECRET) or your secret manager.',
    examples: {
      detects: (generate) => [`RINGCENTRAL_CLIENT_SECRET=${generate.base64url(22)}`, `ringcentral secret: ${generate.base64url(22)}`],
      ignores: (generate) => [`api_key = ${generate.base64url(22)}`, `RINGCENTRAL_CLIENT_SECRET=${generate.base64url(12)}`],
    },
  }),
];
