import type { Detector } from '../detector';

const ROTATE = 'Revoke it in GitLab (User settings → Access tokens, or the project/group/runner/agent page that issued it), then read a new token from a masked CI/CD variable or your secret manager.';

/** GitLab's token characters (Devise.friendly_token draws from the base64url alphabet; the hex and base36 kinds fall within it). */
const BODY = '[0-9A-Za-z_-]';
/** A routable token is a base64url payload (at most 151 bytes with the prefix, "Maximum token length"), "." [2-character version "."] 2-character length and 7-character CRC, base36 (GitLab handbook, "Routable tokens"). */
const ROUTABLE = `${BODY}{27,300}\\.(?:[0-9a-z]{2}\\.)?[0-9a-z]{9}`;

/** How GitLab generates a kind's classic body: its length, and what may stand before it. */
interface ClassicBody {
  readonly length: number | readonly [number, number];
  /** Regex source of what precedes the body (CI job tokens: the partition ID in hex and "_"). */
  readonly lead?: string;
}

const FRIENDLY_TOKEN: ClassicBody = { length: 20 };

function classicPattern({ length, lead = '' }: ClassicBody): string {
  return `${lead}${BODY}${typeof length === 'number' ? `{${length}}` : `{${length[0]},${length[1]}}`}`;
}

/**
 * A GitLab token: a type prefix, then the classic body of the length GitLab generates for that kind,
 * or a routable payload and tail. A longer or shorter run after the prefix is some other string.
 */
function gitlabToken(id: string, prefixes: readonly string[], description: string, classic = FRIENDLY_TOKEN): Detector {
  const [prefix = ''] = prefixes;
  const classicLength = typeof classic.length === 'number' ? classic.length : classic.length[1];
  return {
    id,
    description,
    keywords: prefixes.map((each) => each.toLowerCase()),
    // docs.gitlab.com "GitLab token overview → Token prefixes"; the classic lengths are noted in the table below.
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?<secret>(?:${prefixes.join('|')})(?:${ROUTABLE}|${classicPattern(classic)}))(?![0-9A-Za-z_-])`),
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [
        ...prefixes.map((each) => `${each}${generate.base64url(classicLength)}`),
        `${prefix}${generate.base64url(27)}.${generate.lowerAlnum(9)}`,
        `GITLAB_TOKEN=${prefix}${generate.base64url(38)}.01.${generate.lowerAlnum(9)}`,
      ],
      ignores: (generate) => [
        `${prefix}${generate.base64url(12)}`,
        // Longer than the kind's classic body, without a routable tail: not a token GitLab issues.
        `${prefix}${generate.base64url(classicLength + 7)}`,
        `Tokens start with ${prefix} and are shown once`,
      ],
    },
  };
}

export const gitlabDetectors: readonly Detector[] = [
  // Agent tokens: Devise.friendly_token(50).
  gitlabToken('gitlab-agent-token', ['glagent-'], 'GitLab agent for Kubernetes token', { length: 50 }),
  // CI/CD job tokens: "glcbt-", the job's partition ID in hex and "_", then a friendly token.
  gitlabToken('gitlab-ci-job-token', ['glcbt-'], 'GitLab CI/CD job token', { length: 20, lead: '(?:[0-9a-f]{1,5}_)?' }),
  gitlabToken('gitlab-deploy-token', ['gldt-'], 'GitLab deploy token'),
  gitlabToken('gitlab-feature-flags-token', ['glffct-'], 'GitLab feature flags client token'),
  gitlabToken('gitlab-feed-token', ['glft-'], 'GitLab feed token'),
  // Incoming email tokens: a random 128-bit number in base36, 24 or 25 characters.
  gitlabToken('gitlab-incoming-mail-token', ['glimt-'], 'GitLab incoming email token', { length: [24, 25] }),
  // OAuth application secrets: SecureRandom.hex(32), 64 characters.
  gitlabToken('gitlab-oauth-app-secret', ['gloas-'], 'GitLab OAuth application secret', { length: 64 }),
  gitlabToken('gitlab-personal-access-token', ['glpat-'], 'GitLab personal, project, group or impersonation access token'),
  // Runner registration tokens (deprecated, still in old .gitlab-runner configs): "GR1348941" and a friendly token.
  gitlabToken('gitlab-runner-registration-token', ['GR1348941'], 'GitLab runner registration token'),
  gitlabToken('gitlab-runner-token', ['glrt-', 'glrtr-'], 'GitLab runner authentication token'),
  gitlabToken('gitlab-scim-token', ['glsoat-'], 'GitLab SCIM token'),
  // Pipeline trigger tokens: SecureRandom.hex(20), 40 characters.
  gitlabToken('gitlab-trigger-token', ['glptt-'], 'GitLab pipeline trigger token', { length: 40 }),
  {
    id: 'gitlab-session-cookie',
    description: 'GitLab session cookie (a signed-in browser session)',
    keywords: ['_gitlab_session='],
    // GitLab's Rails session cookie ("Cookies used on GitLab"): "_gitlab_session=" + a 32-character lowercase hex session ID.
    pattern: /_gitlab_session=(?<secret>[0-9a-z]{32})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    fix: 'Sign that session out (User settings → Active sessions → Revoke), then keep cookies out of scripts; use a personal access token with a narrow scope instead.',
    examples: {
      detects: (generate) => [`curl -H 'Cookie: _gitlab_session=${generate.hex(32)}' https://gitlab.example.com/api/v4/user`],
      ignores: (generate) => ['_gitlab_session=', `_gitlab_session=${generate.hex(16)}`],
    },
  },
];
