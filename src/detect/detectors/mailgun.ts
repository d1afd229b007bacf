import type { Detector } from '../detector';
import { assignedValue } from './assigned-value';

export const mailgunDetectors: readonly Detector[] = [
  {
    id: 'mailgun-api-key',
    description: 'Mailgun API key assigned to a mailgun-named setting',
    keywords: ['mailgun'],
    // Mailgun API keys: "key-" + 32 hex (older keys) or 32 hex "-" 8 hex "-" 8 hex, the last two parts being the key ID shown in the Keys API.
    pattern: new RegExp(
      `${assignedValue('mailgun[A-Za-z0-9_.-]{0,30}', 'key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}')}(?![A-Za-z0-9-])`,
      'i',
    ),
    minEntropy: 3,
    fix: 'Delete the key in the Mailgun control panel (API Security → API keys) and create a new one; load it from the environment or your secret manager.',
    examples: {
      detects: (generate) => [
        `MAILGUN_API_KEY=key-${generate.hex(32)}`,
        `mailgun_key: "${generate.hex(32)}-${generate.hex(8)}-${generate.hex(8)}"`,
      ],
      ignores: (generate) => [
        // The public validation key, and a key-shaped value without a Mailgun name.
        `MAILGUN_PUBLIC_KEY=pubkey-${generate.hex(32)}`,
        `api_key = key-${generate.hex(32)}`,
        `MAILGUN_API_KEY=key-${generate.hex(20)}`,
      ],
    },
  },
];
