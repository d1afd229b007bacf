import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const mandrillDetectors: readonly Detector[] = [
  assignedToken({
    id: 'mandrill-api-key',
    description: 'Mandrill (Mailchimp Transactional) API key',
    keywords: ['mandrill'],
    // Mandrill / Mailchimp Transactional API keys (mailchimp.com/developer/transactional "Authentication"): 22 base64url characters, no marker.
    name: providerSetting('mandrill'),
    value: '[A-Za-z0-9_-]{22}',
    minEntropy: 3,
    fix: 'Delete the key in Mailchimp Transactional (Settings → SMTP & API Info), then read a new one from the environment (MANDRILL_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`MANDRILL_API_KEY=${generate.base64url(22)}`, `mandrill key: ${generate.base64url(22)}`],
      ignores: (generate) => [`api_key = ${generate.base64url(22)}`, `MANDRILL_API_KEY=${generate.base64url(12)}`],
    },
  }),
];
