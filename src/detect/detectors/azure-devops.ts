import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Revoke the token in Azure DevOps (User settings → Personal access tokens, or Organization settings → Personal access tokens for admins), then use a workload identity or a pipeline secret variable instead.';

export const azureDevopsDetectors: readonly Detector[] = [
  {
    id: 'azure-devops-personal-access-token',
    description: 'Azure DevOps personal access token (84-character format)',
    keywords: ['azdo'],
    // Azure DevOps sprint 241 release notes: PATs are 84 characters, 52 random characters then a fixed-layout tail with the "AZDO" signature at position 77.
    // The secret is the random part: the tail holds long runs of "A" that would read as filler.
    pattern: /(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{52})[A-Za-z0-9]{24}AZDO[A-Za-z0-9]{4,5}(?![A-Za-z0-9])/,
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [
        `${generate.alnum(52)}JQQJ99BAACAAAAAAAAAAAAASAZDO${generate.alnum(4)}`,
        `AZURE_DEVOPS_EXT_PAT=${generate.alnum(52)}JQQJ99BAACAAAAAAAAAAAAASAZDO${generate.alnum(4)}`,
      ],
      ignores: (generate) => [`${generate.alnum(40)}JQQJ99BAACAAAAAAAAAAAAASAZDO${generate.alnum(4)}`, `${generate.alnum(52)}JQQJ99BAACAAAAAAAAAAAAASABCD${generate.alnum(4)}`],
    },
  },
  assignedToken({
    id: 'azure-devops-legacy-pat',
    description: 'Azure DevOps personal access token (52-character format) assigned to an azure-devops-named setting',
    keywords: ['azure_devops', 'azure-devops', 'azuredevops', 'azure.devops', 'azdo', 'vsts'],
    // Azure DevOps PATs before 2024: 52 lower-case base32 characters with no marker, so only the setting's name identifies them.
    name: '(?:azure[_.-]?devops|azdo|vsts)[A-Za-z0-9_.-]{0,30}',
    value: '[a-z2-7]{52}',
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`AZURE_DEVOPS_PAT=${generate.chars('abcdefghijklmnopqrstuvwxyz234567', 52)}`, `vsts_token: "${generate.chars('abcdefghijklmnopqrstuvwxyz234567', 52)}"`],
      ignores: (generate) => [
        `token = ${generate.chars('abcdefghijklmnopqrstuvwxyz234567', 52)}`,
        `AZURE_DEVOPS_PAT=${generate.chars('abcdefghijklmnopqrstuvwxyz234567', 30)}`,
      ],
    },
  }),
];
