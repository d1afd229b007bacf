import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const stytchDetectors: readonly Detector[] = [
  assignedToken({
    id: 'stytch-secret',
    description: 'Stytch project secret',
    keywords: ['stytch'],
    // Stytch project secrets (stytch.com/docs "API keys"): "secret-live-" or "secret-test-" + base64url, 48 characters ending "=".
    name: providerSetting('stytch', 'secret'),
    value: '[A-Za-z0-9_-]{47}=',
    minEntropy: 3.5,
    fix: 'Rotate the secret in the Stytch dashboard (API keys), then read a new one from the environment (STYTCH_SECRET) or your secret manager.',
    examples: {
      detects: (generate) => [`STYTCH_SECRET=secret-live-${generate.base64url(35)}=`, `stytch secret: secret-live-${generate.base64url(35)}=`],
      ignores: (generate) => [`api_key = secret-live-${generate.base64url(35)}=`, `STYTCH_SECRET=secret-live-${generate.base64url(12)}=`],
    },
  }),
];
