import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

export const twitchDetectors: readonly Detector[] = [
  assignedToken({
    id: 'twitch-credential',
    description: 'Twitch client secret or OAuth token assigned to a twitch secret/token setting',
    keywords: ['twitch'],
    // Twitch client secrets and OAuth tokens ("Authentication"): 30 lower-case alphanumerics; the client ID looks the same, so the name must say secret or token.
    name: 'twitch[A-Za-z0-9_.-]{0,30}(?:secret|token)',
    value: '[a-z0-9]{30}',
    minEntropy: 3.5,
    fix: 'Reset the client secret in the Twitch developer console (Applications → Manage → New Secret) or revoke the token (POST https://id.twitch.tv/oauth2/revoke), then read it from the environment.',
    examples: {
      detects: (generate) => [`TWITCH_CLIENT_SECRET=${generate.lowerAlnum(30)}`, `twitch_oauth_token: "${generate.lowerAlnum(30)}"`],
      ignores: (generate) => [`TWITCH_CLIENT_ID=${generate.lowerAlnum(30)}`, `client_secret = ${generate.lowerAlnum(30)}`],
    },
  }),
];
