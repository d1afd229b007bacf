import type { Detector } from '../detector';
import { ASSIGNMENT, assignedToken } from './assigned-value';

const NAME = 'twitter[A-Za-z0-9_.-]{0,30}';
const ROTATE = 'Regenerate the keys and tokens in the X (Twitter) developer portal (Projects & Apps → the app → Keys and tokens), then read them from the environment or your secret manager.';

export const twitterDetectors: readonly Detector[] = [
  {
    id: 'twitter-bearer-token',
    description: 'X (Twitter) API app-only bearer token assigned to a twitter-named setting',
    keywords: ['twitter'],
    // X API app-only bearer tokens ("OAuth 2.0 Bearer Token"): a run of "A" (about 22), an app part, then URL-encoded base64 with "%" escapes, about 110 characters.
    // The secret is what follows the first "%": the leading runs of "A" are the same in every token.
    pattern: new RegExp(`${NAME}${ASSIGNMENT}A{20,24}[B-Zb-z0-9][A-Za-z0-9]{0,39}%(?<secret>[A-Za-z0-9%]{40,120})(?![A-Za-z0-9%])`, 'i'),
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`TWITTER_BEARER_TOKEN=${'A'.repeat(22)}${generate.alnum(4)}${'A'.repeat(8)}0%2B${generate.alnum(20)}%3D${generate.alnum(50)}`],
      ignores: (generate) => [`bearer_token = ${'A'.repeat(22)}${generate.alnum(4)}%2B${generate.alnum(70)}`, `TWITTER_BEARER_TOKEN=${'A'.repeat(22)}`],
    },
  },
  assignedToken({
    id: 'twitter-api-secret',
    description: 'X (Twitter) API key secret or access token secret assigned to a twitter secret setting',
    keywords: ['twitter'],
    // X API OAuth 1.0a credentials: API key secrets are 50 alphanumerics and access token secrets 45, neither with a marker.
    name: `${NAME}secret`,
    value: '[A-Za-z0-9]{45,50}',
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`TWITTER_API_SECRET=${generate.alnum(50)}`, `twitter_access_token_secret: "${generate.alnum(45)}"`],
      ignores: (generate) => [`TWITTER_API_KEY=${generate.alnum(25)}`, `consumer_secret = ${generate.alnum(50)}`],
    },
  }),
  assignedToken({
    id: 'twitter-access-token',
    description: 'X (Twitter) OAuth 1.0a access token assigned to a twitter-named setting',
    keywords: ['twitter'],
    // X API OAuth 1.0a access tokens ("Authentication → Access tokens"): the user's numeric ID, "-", then 20 to 40 alphanumerics.
    name: NAME,
    value: '[0-9]{8,25}-[A-Za-z0-9]{20,40}',
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`TWITTER_ACCESS_TOKEN=${generate.digits(19)}-${generate.alnum(31)}`, `twitter.accessToken: "${generate.digits(10)}-${generate.alnum(40)}"`],
      ignores: (generate) => [`access_token = ${generate.digits(19)}-${generate.alnum(31)}`, `TWITTER_ACCESS_TOKEN=${generate.digits(19)}`],
    },
  }),
];
