import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const mailerliteDetectors: readonly Detector[] = [
  assignedToken({
    id: 'mailerlite-api-key',
    description: 'MailerLite classic API key',
    keywords: ['mailerlite'],
    // MailerLite classic API keys (developers-classic.mailerlite.com "Authentication"): 32 hex characters.
    name: providerSetting('mailerlite'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Delete the key in MailerLite (Integrations → API), then read a new one from the environment (MAILERLITE_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`MAILERLITE_API_KEY=${generate.hex(32)}`, `mailerlite key: ${generate.hex(32)}`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `MAILERLITE_API_KEY=${generate.hex(16)}`],
    },
  }),
];
