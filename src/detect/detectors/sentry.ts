import type { Detector, SampleGenerator } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Revoke the token in Sentry (Settings → Auth Tokens, or Organization → Developer Settings → Organization Tokens), then read a new one from the SENTRY_AUTH_TOKEN environment variable or a CI secret.';

/** The part between "sntrys_" and the last "_" is base64 JSON naming the organization and region. */
function hasTokenPayload(token: string): boolean {
  const payload = token.slice('sntrys_'.length, token.lastIndexOf('_'));
  try {
    const decoded: unknown = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    return typeof decoded === 'object' && decoded !== null && 'iat' in decoded;
  } catch {
    return false;
  }
}

function orgToken(generate: SampleGenerator): string {
  const payload = { iat: Number(`17${generate.digits(8)}`), url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: generate.lowerAlnum(8) };
  return `sntrys_${Buffer.from(JSON.stringify(payload)).toString('base64')}_${generate.base64(43)}`;
}

export const sentryDetectors: readonly Detector[] = [
  {
    id: 'sentry-dsn-secret-key',
    description: 'Sentry DSN that still carries its secret key (legacy public:secret@ form)',
    keywords: ['sentry'],
    // Sentry legacy DSNs ("DSN explainer"): https://<public key>:<secret key>@<host>/<project>, both keys 32 hex; modern DSNs hold only the public key and are meant to be shipped.
    pattern: /https?:\/\/(?<secret>[0-9a-f]{32}:[0-9a-f]{32})@[A-Za-z0-9.-]{0,60}sentry/,
    minEntropy: 3.2,
    fix: 'Revoke the client key in Sentry (Project settings → Client Keys (DSN)) and create a new one; a DSN only needs its public key.',
    examples: {
      detects: (generate) => [`SENTRY_DSN=https://${generate.hex(32)}:${generate.hex(32)}@o${generate.digits(6)}.ingest.sentry.io/${generate.digits(7)}`],
      ignores: (generate) => [
        // A modern DSN: the public key only.
        `SENTRY_DSN=https://${generate.hex(32)}@o${generate.digits(6)}.ingest.sentry.io/${generate.digits(7)}`,
        `https://${generate.hex(32)}:${generate.hex(12)}@sentry.internal/1`,
      ],
    },
  },
  {
    id: 'sentry-org-auth-token',
    description: 'Sentry organization auth token',
    keywords: ['sntrys_'],
    // Sentry organization tokens (RFC 91, "CI upload tokens"): "sntrys_" + base64 JSON payload + "_" + 43 base64 characters.
    pattern: /(?<![A-Za-z0-9_])(?<secret>sntrys_eyJ[A-Za-z0-9+/]{20,600}={0,2}_[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=])/,
    validate: hasTokenPayload,
    fix: ROTATE,
    examples: {
      detects: (generate) => [orgToken(generate), `SENTRY_AUTH_TOKEN=${orgToken(generate)}`],
      ignores: (generate) => [`sntrys_eyJ${generate.base64(80)}_${generate.base64(43)}`, `sntrys_${generate.base64(20)}`],
    },
  },
  // Sentry user auth tokens (sentry-cli "user_auth_token"): "sntryu_" + 64 hex characters.
  prefixedToken({
    id: 'sentry-user-auth-token',
    description: 'Sentry user auth token',
    prefixes: ['sntryu_'],
    charset: 'a-f0-9',
    length: 64,
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`sntryu_${generate.hex(64)}`, `SENTRY_AUTH_TOKEN=sntryu_${generate.hex(64)}`],
      ignores: (generate) => [`sntryu_${generate.hex(20)}`, `sntryu_${generate.hex(80)}`],
    },
  }),
];
