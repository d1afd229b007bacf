import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

export const vonageDetectors: readonly Detector[] = [
  assignedToken({
    id: 'vonage-api-secret',
    description: 'Vonage (Nexmo) API secret',
    keywords: ['nexmo', 'vonage'],
    // Vonage (formerly Nexmo) API secrets (developer.vonage.com "Authentication"): 16 base62 characters beside an 8-hex API key.
    name: '(?:nexmo|vonage)[A-Za-z0-9_.-]{0,20} ?secret',
    value: '[A-Za-z0-9]{16}',
    minEntropy: 3,
    fix: 'Rotate the secret in the Vonage API dashboard (API settings), then read a new one from the environment (VONAGE_API_SECRET) or your secret manager.',
    examples: {
      detects: (generate) => [`VONAGE_API_SECRET=${generate.alnum(16)}`, `nexmo_api_secret: "${generate.alnum(16)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(16)}`, `VONAGE_API_SECRET=${generate.alnum(8)}`],
    },
  }),
];
