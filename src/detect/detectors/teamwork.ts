import type { Detector } from '../detector';

export const teamworkDetectors: readonly Detector[] = [
  {
    id: 'teamwork-api-token',
    description: 'Teamwork (Projects, Desk, CRM, Spaces) API token',
    keywords: ['tkn.v1_'],
    // Teamwork.com API tokens (apidocs.teamwork.com "Authentication"): "tkn.v1_" + 71 base64 characters + "=".
    pattern: /(?<![A-Za-z0-9_.])(?<secret>tkn\.v1_[0-9A-Za-z]{71}=)(?![A-Za-z0-9_=])/,
    minEntropy: 4,
    fix: 'Revoke the token in Teamwork (your profile → Edit my details → API & Mobile), then read a new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`tkn.v1_${generate.alnum(71)}=`, `TEAMWORK_API_TOKEN="tkn.v1_${generate.alnum(71)}="`],
      ignores: (generate) => [`tkn.v1_${generate.alnum(30)}=`, 'TEAMWORK_API_TOKEN=tkn.v1_...'],
    },
  },
];
