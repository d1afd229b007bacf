import type { Detector } from '../detector';

const ROTATE = 'Revoke the session or token in Salesforce (Setup → Session Management, or Connected Apps OAuth Usage → Revoke), then load credentials at run time from your secret manager.';

export const salesforceDetectors: readonly Detector[] = [
  {
    id: 'salesforce-access-token',
    description: 'Salesforce session ID or OAuth access token',
    keywords: ['00d'],
    // Salesforce access tokens and session IDs: the 15-character org ID ("00D…") + "!" + the 96-character session key.
    pattern: /(?<![A-Za-z0-9_])(?<secret>00D[a-zA-Z0-9]{12}![a-zA-Z0-9_.]{96})(?![A-Za-z0-9_.])/,
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`00D${generate.alnum(12)}!${generate.alnum(96)}`, `Authorization: Bearer 00D${generate.alnum(12)}!AQ${generate.alnum(94)}`],
      ignores: (generate) => [`00D${generate.alnum(12)}`, `00D${generate.alnum(12)}!${generate.alnum(30)}`],
    },
  },
  {
    id: 'salesforce-refresh-token',
    description: 'Salesforce OAuth refresh token',
    keywords: ['5aep861'],
    // Salesforce OAuth refresh tokens begin "5Aep861" and run about 87 characters.
    pattern: /(?<![A-Za-z0-9_.])(?<secret>5Aep861[a-zA-Z0-9._]{80,120})(?![A-Za-z0-9_.=])/,
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`5Aep861${generate.alnum(80)}`, `"refresh_token": "5Aep861${generate.alnum(82)}"`],
      ignores: (generate) => [`5Aep861${generate.alnum(30)}`, 'refresh_token=5Aep861...'],
    },
  },
];
