import { crc32, hasCrc32Base62Tail, toBase62 } from '../checksums';
import type { Detector, SampleGenerator } from '../detector';
import { prefixedToken } from './prefixed-token';

const PREFIX = 'npm_';

/** The 30 random characters after the prefix, checked against the six-character CRC-32 tail. */
function hasValidChecksum(token: string): boolean {
  const body = token.slice(PREFIX.length);
  return hasCrc32Base62Tail(body.slice(0, 30), body.slice(30));
}

function checksummedToken(generate: SampleGenerator): string {
  const random = generate.alnum(30);
  return PREFIX + random + toBase62(crc32(random), 6);
}

export const npmDetectors: readonly Detector[] = [
  // GitHub blog, "Announcing npm's new access token format" (2021): GitHub's format, "npm_" + 30 base62 + CRC-32 in 6 base62.
  prefixedToken({
    id: 'npm-access-token',
    description: 'npm access token (classic or granular)',
    prefixes: [PREFIX],
    charset: 'A-Za-z0-9',
    length: 36,
    validate: hasValidChecksum,
    fix: 'Delete the token at https://www.npmjs.com/settings/~/tokens, then use a granular token from a CI secret (NODE_AUTH_TOKEN) and reference it in .npmrc as ${NODE_AUTH_TOKEN}.',
    examples: {
      detects: (generate) => [checksummedToken(generate), `//registry.npmjs.org/:_authToken=${checksummedToken(generate)}`],
      ignores: (generate) => [
        // A broken checksum: invented, not issued.
        `${PREFIX}${generate.alnum(30)}000000`,
        `${PREFIX}${generate.alnum(20)}`,
        '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
      ],
    },
  }),
];
