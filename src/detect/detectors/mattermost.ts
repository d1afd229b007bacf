import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Revoke the token in Mattermost (Profile → Security → Personal access tokens, or the bot account), then read a new one from your secret manager.';

export const mattermostDetectors: readonly Detector[] = [
  assignedToken({
    id: 'mattermost-access-token',
    description: 'Mattermost personal access or bot token assigned to a mattermost-named setting',
    keywords: ['mattermost'],
    // Mattermost access tokens ("Personal access tokens", bot accounts): 26 lowercase letters and digits, so a mattermost name must precede them.
    name: 'mattermost[A-Za-z0-9_.-]{0,30}',
    value: '[a-z0-9]{26}',
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`MATTERMOST_ACCESS_TOKEN=${generate.lowerAlnum(26)}`, `mattermost.accessToken: "${generate.lowerAlnum(26)}"`],
      ignores: (generate) => [`api_key = ${generate.lowerAlnum(26)}`, `MATTERMOST_ACCESS_TOKEN=${generate.lowerAlnum(12)}`],
    },
  }),
];
