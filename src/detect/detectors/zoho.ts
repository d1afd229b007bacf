import type { Detector } from '../detector';

export const zohoDetectors: readonly Detector[] = [
  {
    id: 'zoho-oauth-token',
    description: 'Zoho OAuth access or refresh token',
    keywords: ['1000.'],
    // Zoho OAuth 2.0 (accounts.zoho.com/oauth/v2/token): access and refresh tokens are "1000." + 32 hex + "." + 32 hex.
    pattern: /(?<![A-Za-z0-9_.])(?<secret>1000\.[a-f0-9]{32}\.[a-f0-9]{32})(?![A-Za-z0-9_.])/,
    minEntropy: 3,
    fix: 'Revoke the token in the Zoho API console (https://api-console.zoho.com, your client → revoke) or on your Zoho account\'s Connected Apps page, then read a new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`1000.${generate.hex(32)}.${generate.hex(32)}`, `ZOHO_REFRESH_TOKEN=1000.${generate.hex(32)}.${generate.hex(32)}`],
      ignores: (generate) => [`1000.${generate.hex(32)}`, `version 1000.${generate.digits(4)}.${generate.digits(2)}`],
    },
  },
];
