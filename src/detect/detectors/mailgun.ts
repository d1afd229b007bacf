import type { Detector } from '../detector';
import { assignedValue } from './assigned-value';

const ROTATE = 'Delete the key in the Mailgun control panel (API Security → API keys) and create a new one; load it from the environment or your secret manager.';

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
    fix: ROTATE,
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
  {
    id: 'mailgun-legacy-api-key',
    description: 'Mailgun legacy API key ("key-…") on a line that calls or configures Mailgun',
    keywords: ['mailgun'],
    // Mailgun's legacy private API keys: "key-" + 32 hex, passed as the password of HTTP basic auth ("api", key) to api.mailgun.net; "key-" is common, so the line must name Mailgun before it.
    pattern: /mailgun[^\n]{0,200}?(?<![A-Za-z0-9_-])(?<secret>key-[0-9a-f]{32})(?![A-Za-z0-9_-])/i,
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [
        `requests.post("https://api.mailgun.net/v3/mg.example.org/messages", auth=("api", "key-${generate.hex(32)}"))`,
        `const mg = mailgun.client({ username: 'api', key: 'key-${generate.hex(32)}' });`,
      ],
      ignores: (generate) => [`auth=("api", "key-${generate.hex(32)}")`, `mailgun.client({ key: 'key-${generate.hex(12)}' })`],
    },
  },
];
