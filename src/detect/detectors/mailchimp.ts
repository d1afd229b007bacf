import type { Detector } from '../detector';

export const mailchimpDetectors: readonly Detector[] = [
  {
    id: 'mailchimp-api-key',
    description: 'Mailchimp Marketing API key (32 hex characters and the account’s data center)',
    keywords: ['-us'],
    // Mailchimp Marketing API keys ("Quick start"): 32 hex + "-" + the data center ("us6", "us21"); hex, a dash and a data center together are distinctive without a mailchimp name.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>[0-9a-f]{32}-us[0-9]{1,2})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    fix: 'Delete the key in Mailchimp (Profile → Extras → API keys), then read a new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [
        `MAILCHIMP_API_KEY=${generate.hex(32)}-us6`,
        `mailchimp.apiKey: "${generate.hex(32)}-us21"`,
        `client.setConfig({ apiKey: '${generate.hex(32)}-us14', server: 'us14' });`,
      ],
      ignores: (generate) => [`MAILCHIMP_API_KEY=${generate.hex(20)}-us6`, `${generate.hex(32)}-use-case`, `locale: ${generate.hex(32)}-us`],
    },
  },
];
