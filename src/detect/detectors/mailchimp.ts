import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

export const mailchimpDetectors: readonly Detector[] = [
  assignedToken({
    id: 'mailchimp-api-key',
    description: 'Mailchimp Marketing API key assigned to a mailchimp-named setting',
    keywords: ['mailchimp'],
    // Mailchimp Marketing API keys ("Quick start"): 32 hex + "-" + the data center ("us6"); "-us" alone is too common to stand for the key.
    name: 'mailchimp[A-Za-z0-9_.-]{0,30}',
    value: '[0-9a-f]{32}-us[0-9]{1,2}',
    minEntropy: 3,
    fix: 'Delete the key in Mailchimp (Profile → Extras → API keys), then read a new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`MAILCHIMP_API_KEY=${generate.hex(32)}-us6`, `mailchimp.apiKey: "${generate.hex(32)}-us21"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}-us6`, `MAILCHIMP_API_KEY=${generate.hex(20)}-us6`],
    },
  }),
];
