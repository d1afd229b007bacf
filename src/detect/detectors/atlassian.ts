import type { Detector } from '../detector';

const ROTATE = 'Revoke the token at https://id.atlassian.com/manage-profile/security/api-tokens (admin keys: admin.atlassian.com → Settings → API keys), then read a new one from the environment or your secret manager.';

/**
 * Atlassian's current tokens: a type prefix ("ATATT3" user API tokens, "ATCTT3" organization admin
 * keys), a base64url body, then "=" and an 8-character checksum.
 */
function atlassianToken(id: string, prefix: string, description: string): Detector {
  return {
    id,
    description,
    keywords: [prefix.toLowerCase()],
    // Atlassian API tokens (support.atlassian.com "Manage API tokens"): about 190 characters, "<prefix>xFfG…=<8 checksum characters>".
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>${prefix}[A-Za-z0-9_-]{100,300}=[A-Za-z0-9]{8})(?![A-Za-z0-9_=-])`),
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [
        `${prefix}xFfGF0${generate.base64url(174)}=${generate.hex(8).toUpperCase()}`,
        `JIRA_API_TOKEN=${prefix}xFfGF0${generate.base64url(174)}=${generate.hex(8).toUpperCase()}`,
      ],
      ignores: (generate) => [`${prefix}xFfGF0${generate.base64url(40)}=${generate.hex(8)}`, `${prefix}xFfGF0${generate.base64url(174)}`],
    },
  };
}

export const atlassianDetectors: readonly Detector[] = [
  atlassianToken('atlassian-admin-api-key', 'ATCTT3', 'Atlassian organization admin API key'),
  atlassianToken('atlassian-api-token', 'ATATT3', 'Atlassian API token (Jira, Confluence, Bitbucket Cloud)'),
];
