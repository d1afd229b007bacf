import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const spotifyDetectors: readonly Detector[] = [
  assignedToken({
    id: 'spotify-client-secret',
    description: 'Spotify client secret',
    keywords: ['spotify'],
    // Spotify Web API app credentials (developer.spotify.com "App settings"): a 32-hex client id and a 32-hex client secret.
    name: providerSetting('spotify', 'secret'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Rotate the client secret in the Spotify developer dashboard (your app → Settings), then read a new one from the environment (SPOTIFY_CLIENT_SECRET) or your secret manager.',
    examples: {
      detects: (generate) => [`SPOTIFY_CLIENT_SECRET=${generate.hex(32)}`, `spotify.clientSecret = "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `SPOTIFY_CLIENT_SECRET=${generate.hex(16)}`],
    },
  }),
];
