import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const crowdinDetectors: readonly Detector[] = [
  assignedToken({
    id: 'crowdin-personal-token',
    description: 'Crowdin personal token assigned to a crowdin-named setting',
    keywords: ['crowdin'],
    // Crowdin personal access tokens (developer.crowdin.com, Bearer; crowdin.yml's api_token_env): 80 alphanumerics with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('crowdin'),
    value: '[A-Za-z0-9]{80}',
    minEntropy: 4,
    fix: 'Revoke the token in Crowdin (Account Settings → API → Personal Access Tokens), then read a new one from the CROWDIN_PERSONAL_TOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`CROWDIN_PERSONAL_TOKEN=${generate.alnum(80)}`, `crowdin_token: "${generate.alnum(80)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(80)}`, `CROWDIN_PERSONAL_TOKEN=${generate.alnum(40)}`, `CROWDIN_PERSONAL_ACCOUNT_ID=${generate.alnum(80)}`],
    },
  }),
];
