import { crc32, toBase62 } from '../../src/detect/checksums';
import { createSampleGenerator } from '../../src/detect/sample-generator';

/**
 * Live-looking secrets for end-to-end tests, assembled at run time so that this repository holds none
 * and passes its own scan.
 */
export function makeGithubToken(seed = 1): string {
  const random = createSampleGenerator(seed).alnum(30);
  return ['gh', 'p_'].join('') + random + toBase62(crc32(random), 6);
}

/** Every place a test checks a secret never appears. */
export function expectNoLeak(secret: string, ...outputs: readonly string[]): void {
  for (const output of outputs) expect(output).not.toContain(secret);
}

/** An RSA private key block in PEM armour, 64-character base64 lines as every encoder writes them. */
export function makePrivateKeyPem(seed = 1): string {
  const generate = createSampleGenerator(seed);
  const body = [...Array.from({ length: 12 }, () => generate.base64(64)), `${generate.base64(20)}==`];
  const label = ['RSA PRIVATE', 'KEY'].join(' ');
  return [`-----BEGIN ${label}-----`, ...body, `-----END ${label}-----`].join('\n');
}
