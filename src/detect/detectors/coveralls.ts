import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const coverallsDetectors: readonly Detector[] = [
  assignedToken({
    id: 'coveralls-repo-token',
    description: 'Coveralls repo token assigned to a coveralls-named setting',
    keywords: ['coveralls'],
    // Coveralls repo tokens (docs.coveralls.io, COVERALLS_REPO_TOKEN): 32 to 37 alphanumerics with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('coveralls'),
    value: '[A-Za-z0-9]{32,37}',
    minEntropy: 3.5,
    fix: 'Revoke the token in Coveralls (the repository\'s Settings → Repo token: regenerate), then read a new one from the COVERALLS_REPO_TOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`COVERALLS_REPO_TOKEN=${generate.alnum(33)}`, `coveralls_token: "${generate.alnum(33)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(33)}`, `COVERALLS_REPO_TOKEN=${generate.alnum(16)}`, `COVERALLS_REPO_ACCOUNT_ID=${generate.alnum(33)}`],
    },
  }),
];
