import type { Detector } from '../detector';
import { assignedValue } from './assigned-value';
import { prefixedToken } from './prefixed-token';

export const twilioDetectors: readonly Detector[] = [
  // Twilio API keys: SID "SK" + 32 lower-case hex characters.
  prefixedToken({
    id: 'twilio-api-key',
    description: 'Twilio API key SID (its secret is usually next to it)',
    prefixes: ['SK'],
    charset: '0-9a-f',
    length: 32,
    minEntropy: 3,
    fix: 'Delete the API key in the Twilio Console (Account → API keys & tokens) and create a new one; load the SID and secret from the environment.',
    examples: {
      detects: (generate) => [`SK${generate.hex(32)}`, `TWILIO_API_KEY=SK${generate.hex(32)}`],
      ignores: (generate) => [`SK${generate.hex(20)}`, `SK${generate.hex(32).toUpperCase()}`, `ask${generate.hex(32)}`],
    },
  }),
  {
    id: 'twilio-auth-token',
    description: 'Twilio account auth token assigned to a twilio-named setting',
    keywords: ['twilio'],
    // Twilio auth tokens: 32 hex characters with no marker, so only a twilio name identifies them.
    pattern: new RegExp(`${assignedValue('twilio[A-Za-z0-9_.-]{0,30}', '[0-9a-f]{32}')}(?![A-Za-z0-9])`, 'i'),
    minEntropy: 3,
    fix: 'Rotate the auth token in the Twilio Console (Account → API keys & tokens → Auth tokens → Request a secondary token, promote it), then load it from the environment.',
    examples: {
      detects: (generate) => [`TWILIO_AUTH_TOKEN=${generate.hex(32)}`, `twilio.authToken = "${generate.hex(32)}";`],
      ignores: (generate) => [
        // The account SID is an identifier, not a secret.
        `TWILIO_ACCOUNT_SID=AC${generate.hex(32)}`,
        `auth_token = ${generate.hex(32)}`,
        `TWILIO_AUTH_TOKEN=${generate.hex(16)}`,
      ],
    },
  },
  {
    id: 'twilio-client-auth-token',
    description: 'Twilio auth token passed with its account SID to an SDK client',
    keywords: ['twilio', 'client'],
    // Twilio's SDK quick starts: Client("AC…", "token") (Python, PHP), twilio("AC…", "token") (Node), Twilio.init / TwilioClient.Init (Java, C#):
    // a literal account SID ("AC" + 32 hex) followed by a 32-hex literal is the auth token, whatever it is called.
    pattern: new RegExp(`(?:twilio|client)(?:\\.init)?\\([ \\t]{0,4}["']AC[0-9a-f]{32}["'][ \\t]{0,4},[ \\t]{0,4}["'](?<secret>[0-9a-f]{32})["']`, 'i'),
    minEntropy: 3,
    fix: 'Rotate the auth token in the Twilio Console (Account → API keys & tokens → Auth tokens → Request a secondary token, promote it), then load it from the environment.',
    examples: {
      detects: (generate) => [
        `client = Client("AC${generate.hex(32)}", "${generate.hex(32)}")`,
        `const client = twilio('AC${generate.hex(32)}', '${generate.hex(32)}');`,
        `TwilioClient.Init("AC${generate.hex(32)}", "${generate.hex(32)}");`,
      ],
      ignores: (generate) => [
        `client = Client("AC${generate.hex(32)}", os.environ["TWILIO_AUTH_TOKEN"])`,
        `client = Client("AC${generate.hex(32)}", "${'0'.repeat(32)}")`,
        `const client = twilio(accountSid, authToken);`,
      ],
    },
  },
];
