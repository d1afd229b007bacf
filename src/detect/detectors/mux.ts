import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

export const muxDetectors: readonly Detector[] = [
  assignedToken({
    id: 'mux-token-secret',
    description: 'Mux access token secret',
    keywords: ['mux'],
    // Mux access tokens (docs.mux.com "Make API requests"): a UUID token id and a secret of about 75 base64 characters (MUX_TOKEN_SECRET).
    name: '(?<![A-Za-z])mux[_.-]?(?:token[_.-]?)?secret(?:[_.-]?key)?',
    value: '[A-Za-z0-9+/]{60,90}',
    minEntropy: 4,
    fix: 'Revoke the access token in Mux (Settings → Access Tokens), then read a new one from the environment (MUX_TOKEN_SECRET) or your secret manager.',
    examples: {
      detects: (generate) => [`MUX_TOKEN_SECRET=${generate.base64(75)}`, `mux_secret_key = "${generate.base64(75)}"`],
      ignores: (generate) => [`api_key = ${generate.base64(75)}`, `MUX_TOKEN_SECRET=${generate.base64(30)}`],
    },
  }),
];
