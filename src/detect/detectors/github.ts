import { crc32, hasCrc32Base62Tail, toBase62 } from '../checksums';
import type { Detector, SampleGenerator } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Revoke it at https://github.com/settings/tokens (or the app/OAuth settings that issued it), then read the new token from an environment variable or your secret manager.';

/** 30 random base62 characters followed by their CRC-32 in six base62 characters, as GitHub issues them. */
function issuedToken(generate: SampleGenerator, prefix: string): string {
  const random = generate.alnum(30);
  return prefix + random + toBase62(crc32(random), 6);
}

/** The checksum covers the 30 characters after the prefix; the last six encode it. */
function hasValidChecksum(token: string): boolean {
  const body = token.slice(4);
  return hasCrc32Base62Tail(body.slice(0, 30), body.slice(30));
}

function checksummedToken(id: string, prefix: string, description: string): Detector {
  // GitHub's token formats: prefix + 30 base62 + 6-character CRC-32 tail (40 characters in all).
  return prefixedToken({
    id,
    description,
    prefixes: [prefix],
    charset: 'A-Za-z0-9',
    length: 36,
    validate: hasValidChecksum,
    fix: ROTATE,
    examples: {
      detects: (generate) => [issuedToken(generate, prefix)],
      ignores: (generate) => [
        // A broken checksum: a typo'd or invented token, not a real one.
        prefix + generate.alnum(30) + 'AAAAAA',
        // Too short to be a token.
        prefix + generate.alnum(20),
      ],
    },
  });
}

export const githubDetectors: readonly Detector[] = [
  checksummedToken('github-classic-token', 'ghp_', 'GitHub personal access token (classic)'),
  {
    id: 'github-fine-grained-token',
    description: 'GitHub fine-grained personal access token',
    keywords: ['github_pat_'],
    // github_pat_ + 22 base62 + "_" + 59 base62 (93 characters), per GitHub's fine-grained PAT format.
    pattern: /(?<![A-Za-z0-9_])(?<secret>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9])/,
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`github_pat_${generate.alnum(22)}_${generate.alnum(59)}`],
      ignores: (generate) => [`github_pat_${generate.alnum(10)}`, 'github_pat_ is the prefix of fine-grained tokens'],
    },
  },
  checksummedToken('github-oauth-token', 'gho_', 'GitHub OAuth access token'),
  checksummedToken('github-refresh-token', 'ghr_', 'GitHub App refresh token'),
  checksummedToken('github-app-token', 'ghs_', 'GitHub App installation (server-to-server) token'),
  checksummedToken('github-user-to-server-token', 'ghu_', 'GitHub App user-to-server token'),
];
