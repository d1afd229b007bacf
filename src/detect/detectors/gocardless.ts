import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Revoke the token in the GoCardless dashboard (Developers → Access tokens), then create a new one and read it from your secret manager.';

export const gocardlessDetectors: readonly Detector[] = [
  assignedToken({
    id: 'gocardless-access-token',
    description: 'GoCardless access token assigned to a gocardless-named setting',
    keywords: ['gocardless'],
    // GoCardless API access tokens ("Getting started → access token"): "live_" or "sandbox_" + 40 characters of [A-Za-z0-9_=-]; the prefixes are common words, so a gocardless name must precede them.
    name: 'gocardless[A-Za-z0-9_.-]{0,30}',
    value: '(?:live|sandbox)_[A-Za-z0-9_=-]{40}',
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`GOCARDLESS_ACCESS_TOKEN=live_${generate.base64url(40)}`, `gocardless.accessToken: "live_${generate.base64url(40)}"`],
      ignores: (generate) => [`api_key = live_${generate.base64url(40)}`, `GOCARDLESS_ACCESS_TOKEN=live_${generate.base64url(20)}`],
    },
  }),
];
