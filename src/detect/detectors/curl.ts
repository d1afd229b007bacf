import type { Detector } from '../detector';

/**
 * The curl command the option belongs to: `curl` on the same line, or on one of up to five lines
 * above that each end in a backslash (a shell line continuation, as README commands are wrapped).
 * Its lines hold no other backslash: with one, the backtracking check cannot bound the search.
 */
const CONTINUED_LINES = 5;
const IN_CURL_COMMAND = `(?<=\\bcurl\\b(?:[^\\n\\\\]{0,200}\\\\\\n){0,${CONTINUED_LINES}}[^\\n\\\\]{0,200}[ \\t])`;
/** The user name, quoted or not, up to the colon before the password (curl splits at the first colon). */
const USER = '["\']?[^\\s"\':]{0,100}["\']?:["\']?';
/** The password ends at whitespace, a quote, or what ends a shell word or a string in code. */
const PASSWORD = '(?<secret>[^\\s"\'`;&|()<>\\[\\]]{6,200})(?=[\\s"\'`;&|)]|$)';

export const curlDetectors: readonly Detector[] = [
  {
    id: 'curl-basic-auth',
    description: 'Password in a curl command line (-u / --user user:password)',
    keywords: ['curl'],
    // curl's `-u, --user <user:password>` (https://curl.se/docs/manpage.html#-u): "If you simply specify the
    // user name, curl prompts for a password", so only a colon and a password make a secret.
    pattern: new RegExp(`${IN_CURL_COMMAND}(?:-u|--user)(?:=|[ \\t]{1,5})${USER}${PASSWORD}`),
    window: { before: CONTINUED_LINES, secretLineHolds: ['-u', '--user'] },
    minEntropy: 2.5,
    // `$PASSWORD`, `${{ secrets.PASSWORD }}`: the shell or the CI fills it in.
    validate: (secret) => !secret.startsWith('$'),
    isGeneric: true,
    fix: 'Change the password of the account the command logs in as, then pass it at run time: `curl --netrc-file`, `-u "$USER:$PASSWORD"` from the environment, or a CI secret.',
    examples: {
      detects: (generate) => [
        `curl -u deploy:${generate.alnum(14)}${generate.digits(2)} https://ci.internal/api/json`,
        `curl -s --user 'svc-bot:${generate.alnum(12)}!' https://registry.internal/v2/_catalog`,
        `curl --user=ops:${generate.base64url(20)} -X DELETE https://search.internal:9200/old-index`,
        `curl -X POST https://queue.internal/api/publish \\\n  -H 'Content-Type: application/json' \\\n  -d '{"routing_key":"jobs"}' \\\n  -u admin:${generate.alnum(16)}`,
      ],
      ignores: (generate) => [
        'curl -u "$CI_USER:$CI_PASSWORD" https://ci.internal/api/json',
        'curl --user user:password https://localhost:9200',
        'curl -u <user:password> https://api.example.org/endpoint',
        'curl --user neo4j:[PASSWORD] http://localhost:7474/db/data/',
        'curl -u admin https://ci.internal/api/json',
        'curl -u "${{ secrets.ELK_USER }}:${{ secrets.ELK_PASSWORD }}" https://logs.internal',
        `rsync -u backup:${generate.alnum(12)}/data /srv/data`,
        `curl -o out.json https://api.internal/items\nsudo -u deploy:${generate.alnum(12)} ./run.sh`,
      ],
    },
  },
];
