import type { Detector } from '../detector';

const ROTATE = 'Revoke it in GitLab (User settings → Access tokens, or the project/group/runner/agent page that issued it), then read a new token from a masked CI/CD variable or your secret manager.';

/**
 * GitLab tokens: a type prefix, then either 20 base64url characters (the classic format) or a
 * routable token, base64url payload "." [2-character version "."] 2-character length and 7-character
 * CRC, base36 (GitLab handbook, "Routable tokens").
 */
function gitlabToken(id: string, prefixes: readonly string[], description: string): Detector {
  const [prefix = ''] = prefixes;
  return {
    id,
    description,
    keywords: prefixes,
    // docs.gitlab.com "GitLab token overview → Token prefixes"; bodies per the routable-token design above.
    pattern: new RegExp(
      `(?<![A-Za-z0-9_])(?<secret>(?:${prefixes.join('|')})[0-9A-Za-z_-]{20,300}(?:\\.(?:[0-9a-z]{2}\\.)?[0-9a-z]{9})?)(?![0-9A-Za-z_-])`,
    ),
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [
        ...prefixes.map((each) => `${each}${generate.base64url(20)}`),
        `${prefix}${generate.base64url(27)}.${generate.lowerAlnum(9)}`,
        `GITLAB_TOKEN=${prefix}${generate.base64url(38)}.01.${generate.lowerAlnum(9)}`,
      ],
      ignores: (generate) => [`${prefix}${generate.base64url(12)}`, `Tokens start with ${prefix} and are shown once`],
    },
  };
}

export const gitlabDetectors: readonly Detector[] = [
  gitlabToken('gitlab-agent-token', ['glagent-'], 'GitLab agent for Kubernetes token'),
  gitlabToken('gitlab-ci-job-token', ['glcbt-'], 'GitLab CI/CD job token'),
  gitlabToken('gitlab-deploy-token', ['gldt-'], 'GitLab deploy token'),
  gitlabToken('gitlab-feature-flags-token', ['glffct-'], 'GitLab feature flags client token'),
  gitlabToken('gitlab-feed-token', ['glft-'], 'GitLab feed token'),
  gitlabToken('gitlab-incoming-mail-token', ['glimt-'], 'GitLab incoming email token'),
  gitlabToken('gitlab-oauth-app-secret', ['gloas-'], 'GitLab OAuth application secret'),
  gitlabToken('gitlab-personal-access-token', ['glpat-'], 'GitLab personal, project, group or impersonation access token'),
  gitlabToken('gitlab-runner-token', ['glrt-', 'glrtr-'], 'GitLab runner authentication token'),
  gitlabToken('gitlab-scim-token', ['glsoat-'], 'GitLab SCIM token'),
  gitlabToken('gitlab-trigger-token', ['glptt-'], 'GitLab pipeline trigger token'),
];
