import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const mailjetDetectors: readonly Detector[] = [
  assignedToken({
    id: 'mailjet-api-key',
    description: 'Mailjet API key or secret key',
    keywords: ['mailjet'],
    // Mailjet API keys and secret keys (dev.mailjet.com "Authentication"): 32 hex characters each, used as a Basic-auth pair.
    name: providerSetting('mailjet'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Regenerate the secret key in Mailjet (Account settings → API Key Management), then read a new one from the environment (MAILJET_API_SECRET) or your secret manager.',
    examples: {
      detects: (generate) => [`MAILJET_API_SECRET=${generate.hex(32)}`, `mailjet api key = "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `MAILJET_API_SECRET=${generate.hex(16)}`],
    },
  }),
];
