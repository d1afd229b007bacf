import { crc32, toBase62 } from '../../src/detect/checksums';
import { createSampleGenerator } from '../../src/detect/sample-generator';
import { fastHashesIn } from './fast-hashes';

/**
 * Live-looking secrets for end-to-end tests, assembled at run time so that this repository holds none
 * and passes its own scan.
 */
export function makeGithubToken(seed = 1): string {
  const random = createSampleGenerator(seed).alnum(30);
  return ['gh', 'p_'].join('') + random + toBase62(crc32(random), 6);
}

/** A piece this long of a secret in an output is a leak: a redacted form shows at most a 4-character prefix. */
const LEAKED_PIECE = 12;

/**
 * Every place a test checks a secret never appears: not whole, not as any 12-character piece (PEM
 * armour lines are the format's public frame, not the secret), and not as a fast unsalted hash a
 * report could print as a fingerprint (fastHashesIn).
 */
export function expectNoLeak(secret: string, ...outputs: readonly string[]): void {
  const pieces = piecesOf(secret);
  for (const output of outputs) {
    expect(output).not.toContain(secret);
    const leaked = pieces.find((piece) => output.includes(piece));
    if (leaked !== undefined) throw new Error(`A ${LEAKED_PIECE}-character piece of a planted secret is in an output: …${leaked.slice(0, 4)}…`);
    expect(fastHashesIn(secret, output)).toEqual([]);
  }
}

function piecesOf(secret: string): string[] {
  const lines = secret.split('\n').filter((line) => !line.startsWith('-----'));
  return [...new Set(lines.flatMap((line) => Array.from({ length: Math.max(0, line.length - LEAKED_PIECE + 1) }, (_, start) => line.slice(start, start + LEAKED_PIECE))))];
}

/** An RSA private key block in PEM armour, 64-character base64 lines as every encoder writes them. */
export function makePrivateKeyPem(seed = 1): string {
  const generate = createSampleGenerator(seed);
  const body = [...Array.from({ length: 12 }, () => generate.base64(64)), `${generate.base64(20)}==`];
  const label = ['RSA PRIVATE', 'KEY'].join(' ');
  return [`-----BEGIN ${label}-----`, ...body, `-----END ${label}-----`].join('\n');
}
