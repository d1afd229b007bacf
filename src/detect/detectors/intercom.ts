import type { Detector } from '../detector';

const ROTATE = 'Regenerate the access token in the Intercom Developer Hub (your app → Authentication), then read it from your secret manager.';

/** The token is base64 of "tok:" and printable token parts separated by ":" and "_". */
function decodesToIntercomToken(secret: string): boolean {
  return /^tok:[\x21-\x7e]{20,}$/.test(Buffer.from(secret, 'base64').toString('latin1'));
}

/** A token built the way Intercom shows them. */
function intercomToken(app: string, part: string, secret: string): string {
  return Buffer.from(`tok:${app}_${part}_${secret}:1:0`).toString('base64');
}

export const intercomDetectors: readonly Detector[] = [
  {
    id: 'intercom-access-token',
    description: 'Intercom access token',
    keywords: ['dg9ro'],
    // Intercom access tokens ("Authentication"): base64 of "tok:" + the app's token parts, so "dG9rO" + base64 (about 60 characters in all, "=" padded).
    pattern: /(?<![A-Za-z0-9+/])(?<secret>dG9rO[A-Za-z0-9+/]{40,90}={0,2})(?![A-Za-z0-9+/=])/,
    validate: decodesToIntercomToken,
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [intercomToken(generate.hex(8), generate.hex(4), generate.hex(32)), `INTERCOM_ACCESS_TOKEN=${intercomToken(generate.hex(8), generate.hex(4), generate.hex(32))}`],
      ignores: (generate) => [`dG9rO${generate.alnum(20)}`, // Decodes to "tok8…", not "tok:".
        `dG9rOA${generate.alnum(55)}`],
    },
  },
];
