import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Revoke the token (FreshBooks developer page → your app → Reset secret, or the OAuth revoke endpoint), then obtain tokens at run time.';

export const freshbooksDetectors: readonly Detector[] = [
  assignedToken({
    id: 'freshbooks-access-token',
    description: 'FreshBooks access token assigned to a freshbooks-named setting',
    keywords: ['freshbooks'],
    // FreshBooks OAuth access and refresh tokens ("Authentication"): 64 base62 characters, so a freshbooks name must precede them.
    name: 'freshbooks[A-Za-z0-9_.-]{0,30}',
    value: '[A-Za-z0-9]{64}',
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`FRESHBOOKS_ACCESS_TOKEN=${generate.alnum(64)}`, `freshbooks.accessToken: "${generate.alnum(64)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(64)}`, `FRESHBOOKS_ACCESS_TOKEN=${generate.alnum(30)}`],
    },
  }),
];
