import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

export const oktaDetectors: readonly Detector[] = [
  assignedToken({
    id: 'okta-api-token',
    description: 'Okta API token assigned to an okta-named setting',
    keywords: ['okta'],
    // Okta API tokens ("Create an API token"): "00" + 40 base64url characters; the prefix is too short to stand alone, so an okta name must precede it.
    name: '(?:[Oo]kta|OKTA)[A-Za-z0-9_.-]{0,30}',
    // The name as people write it (okta, Okta, OKTA): in any case, "okTa" inside "rookTable" would count.
    nameAsWritten: true,
    value: '00[A-Za-z0-9_-]{40}',
    minEntropy: 4,
    fix: 'Revoke the token in the Okta Admin Console (Security → API → Tokens), then use OAuth 2.0 service apps or read a new token from your secret manager.',
    examples: {
      detects: (generate) => [
        `OKTA_API_TOKEN=00${generate.base64url(40)}`,
        `okta.client.token: "00${generate.base64url(40)}"`,
        `const myOktaToken = '00${generate.base64url(40)}';`,
      ],
      ignores: (generate) => [
        `api_token = 00${generate.base64url(40)}`,
        `OKTA_CLIENT_ID=0oa${generate.alnum(17)}`,
        // "okTa" inside another word, in a case nobody writes the name in.
        `rookTable = 00${generate.base64url(40)}`,
      ],
    },
  }),
];
