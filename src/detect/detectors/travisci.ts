import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Regenerate the token in Travis CI (Settings → API authentication → Regenerate), then read it from your CI secrets.';

export const travisciDetectors: readonly Detector[] = [
  assignedToken({
    id: 'travisci-access-token',
    description: 'Travis CI API token assigned to a travis-named setting',
    keywords: ['travis'],
    // Travis CI API tokens ("API authentication", travis token): 22 base62 characters, so a travis name must precede them.
    name: 'travis[A-Za-z0-9_.-]{0,30}',
    value: '[A-Za-z0-9]{22}',
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`TRAVIS_ACCESS_TOKEN=${generate.alnum(22)}`, `travis.accessToken: "${generate.alnum(22)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(22)}`, `TRAVIS_ACCESS_TOKEN=${generate.alnum(12)}`],
    },
  }),
];
