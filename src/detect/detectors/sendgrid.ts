import type { Detector } from '../detector';

export const sendgridDetectors: readonly Detector[] = [
  {
    id: 'sendgrid-api-key',
    description: 'Twilio SendGrid API key',
    keywords: ['sg.'],
    // SendGrid API keys: "SG." + 22-character key ID + "." + 43-character secret, base64url (69 characters).
    pattern: /(?<![A-Za-z0-9_-])(?<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    fix: 'Delete the key at https://app.sendgrid.com/settings/api_keys, then read a new, narrowly scoped one from the SENDGRID_API_KEY environment variable.',
    examples: {
      detects: (generate) => [`SG.${generate.base64url(22)}.${generate.base64url(43)}`, `SENDGRID_API_KEY='SG.${generate.base64url(22)}.${generate.base64url(43)}'`],
      ignores: (generate) => [`SG.${generate.base64url(22)}.${generate.base64url(20)}`, `sg.${generate.base64url(22)}.${generate.base64url(43)}`],
    },
  },
];
