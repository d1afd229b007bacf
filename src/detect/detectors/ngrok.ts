import type { Detector } from '../detector';
import { ASSIGNMENT } from './assigned-value';

const AUTHTOKEN = '[1-9][A-Za-z0-9]{26}_[0-9][A-Za-z0-9]{20}';

export const ngrokDetectors: readonly Detector[] = [
  {
    id: 'ngrok-authtoken',
    description: 'ngrok authtoken or API key, assigned to an ngrok setting or given to `ngrok config add-authtoken`',
    keywords: ['ngrok'],
    // ngrok authtokens and API keys (ngrok.com/docs/agent "Authtokens"): a 27-character id starting with a
    // digit, "_", then 21 base62 characters; read from NGROK_AUTHTOKEN or set with `ngrok config add-authtoken`.
    pattern: new RegExp(`(?:ngrok[A-Za-z0-9_.-]{0,24}${ASSIGNMENT}|ngrok (?:config add-)?authtoken[ \\t]{1,4}["']?)(?<secret>${AUTHTOKEN})(?![A-Za-z0-9_])`, 'i'),
    minEntropy: 4,
    fix: 'Reset the authtoken (or delete the API key) in the ngrok dashboard (Your Authtoken / API Keys), then read the new one from the NGROK_AUTHTOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [
        `NGROK_AUTHTOKEN=2${generate.alnum(26)}_${generate.digits(1)}${generate.alnum(20)}`,
        `!ngrok config add-authtoken 2${generate.alnum(26)}_${generate.digits(1)}${generate.alnum(20)}`,
      ],
      ignores: (generate) => [`token = 2${generate.alnum(26)}_${generate.digits(1)}${generate.alnum(20)}`, 'ngrok config add-authtoken $NGROK_AUTHTOKEN'],
    },
  },
];
