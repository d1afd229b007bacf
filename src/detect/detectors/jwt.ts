import type { Detector, SampleGenerator } from '../detector';

/** The header of a JWS is base64url JSON that names its signing algorithm (RFC 7515 §4.1.1, RFC 7519). */
function hasAlgorithmHeader(token: string): boolean {
  try {
    const header: unknown = JSON.parse(Buffer.from(token.slice(0, token.indexOf('.')), 'base64url').toString('utf8'));
    return typeof header === 'object' && header !== null && typeof (header as { alg?: unknown }).alg === 'string';
  } catch {
    return false;
  }
}

function base64urlJson(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** A signed token with a random subject and signature, the way an identity provider issues one. */
function signedToken(generate: SampleGenerator, alg: string, signatureLength: number): string {
  const payload = { sub: generate.alnum(12), iat: Number(`17${generate.digits(8)}`), scope: 'read write' };
  return `${base64urlJson({ alg, typ: 'JWT' })}.${base64urlJson(payload)}.${generate.base64url(signatureLength)}`;
}

export const jwtDetectors: readonly Detector[] = [
  {
    id: 'jwt-token',
    description: 'JSON Web Token (a signed bearer credential until it expires)',
    keywords: ['eyj'],
    // RFC 7519 compact JWS: base64url(header JSON, so "eyJ") "." base64url(payload) "." base64url(signature).
    pattern: /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{8,2000}\.[A-Za-z0-9_-]{2,8000}\.[A-Za-z0-9_-]{16,1000})(?![A-Za-z0-9_-])/,
    validate: hasAlgorithmHeader,
    fix: 'Treat it as leaked until it expires: revoke the session or rotate the signing key at the issuer, and load tokens at run time instead of committing them.',
    examples: {
      detects: (generate) => [
        signedToken(generate, 'HS256', 43),
        `Authorization: Bearer ${signedToken(generate, 'RS256', 342)}`,
      ],
      ignores: (generate) => [
        // No "alg" in the header: not a JWS.
        `${base64urlJson({ typ: 'JWT' })}.${base64urlJson({ sub: generate.alnum(8) })}.${generate.base64url(43)}`,
        // Not JSON at all.
        `eyJ${generate.base64url(30)}.${generate.base64url(30)}.${generate.base64url(43)}`,
        // Unsigned (alg "none") tokens carry no signature to steal.
        `${base64urlJson({ alg: 'none' })}.${base64urlJson({ sub: generate.alnum(8) })}.`,
      ],
    },
  },
];
