import type { Detector, SampleGenerator } from '../detector';
import { prefixedToken } from './prefixed-token';

/**
 * The opening of a service-account key file in base64, as CI variables hold it (GOOGLE_CREDENTIALS):
 * `{"type":"service_account",` compact, with a space, and pretty-printed with two or four spaces.
 */
const SERVICE_ACCOUNT_BASE64_OPENINGS = [
  'eyJ0eXBlIjoic2VydmljZV9hY2NvdW50',
  'eyJ0eXBlIjogInNlcnZpY2VfYWNjb3VudCIs',
  'ewogICJ0eXBlIjogInNlcnZpY2VfYWNjb3VudCIs',
  'ewogICAgInR5cGUiOiAic2VydmljZV9hY2NvdW50',
];

/** The decoded file must be a service-account key with its private key, not another JSON document. */
function holdsServiceAccountKey(encoded: string): boolean {
  const json = Buffer.from(encoded, 'base64').toString('utf8');
  return json.includes('"service_account"') && /"private_key"\s*:\s*"-----BEGIN/.test(json);
}

/** A key file as the console downloads it, with a random key body, in base64. */
function serviceAccountFile(generate: SampleGenerator, indent: string, privateKey: string): string {
  const file = {
    type: 'service_account',
    project_id: `app-${generate.lowerAlnum(6)}`,
    private_key_id: generate.hex(40),
    private_key: privateKey,
    client_email: `ci@app-${generate.lowerAlnum(6)}.iam.gserviceaccount.com`,
    client_id: generate.digits(21),
  };
  return Buffer.from(JSON.stringify(file, null, indent)).toString('base64');
}

function pemBody(generate: SampleGenerator): string {
  const lines = Array.from({ length: 25 }, () => generate.base64(64));
  return `-----BEGIN PRIVATE KEY-----\n${lines.join('\n')}\n-----END PRIVATE KEY-----\n`;
}

const OAUTH_FIX =
  'Revoke it (https://oauth2.googleapis.com/revoke?token=…, or remove the app’s access at https://myaccount.google.com/permissions), then let the application obtain tokens at run time instead of storing them.';

export const googleDetectors: readonly Detector[] = [
  // Google Cloud "API keys" documentation: 39 characters, "AIza" then 35 base64url characters.
  prefixedToken({
    id: 'google-api-key',
    description: 'Google API key (Maps, Firebase, Gemini and other Google Cloud APIs)',
    prefixes: ['AIza'],
    charset: '0-9A-Za-z_-',
    length: 35,
    notAfter: 'A-Za-z0-9_-',
    minEntropy: 3.5,
    fix: 'Delete or regenerate the key in Google Cloud Console (APIs & Services → Credentials), add API and application restrictions to the new one, and load it from the environment or Secret Manager.',
    examples: {
      detects: (generate) => [`AIza${generate.base64url(35)}`, `"apiKey": "AIza${generate.base64url(35)}",`],
      ignores: (generate) => [`AIza${generate.base64url(20)}`, `AIza${generate.base64url(45)}`],
    },
  }),
  // Google OAuth 2.0 access tokens ("Using OAuth 2.0 to Access Google APIs"): "ya29." + a base64url body of up to 2048 bytes.
  prefixedToken({
    id: 'google-oauth-access-token',
    description: 'Google OAuth 2.0 access token (ya29.)',
    prefixes: ['ya29.'],
    charset: 'A-Za-z0-9_-',
    length: [50, 2040],
    notAfter: 'A-Za-z0-9_.-',
    minEntropy: 4,
    fix: OAUTH_FIX,
    examples: {
      detects: (generate) => [`ya29.a0${generate.base64url(180)}`, `Authorization: Bearer ya29.${generate.base64url(120)}`],
      ignores: (generate) => [`ya29.${generate.base64url(20)}`, 'token = "ya29.<access token>"'],
    },
  }),
  // Google OAuth 2.0 client secrets since 2021: "GOCSPX-" + 28 base64url characters.
  prefixedToken({
    id: 'google-oauth-client-secret',
    description: 'Google OAuth 2.0 client secret',
    prefixes: ['GOCSPX-'],
    charset: 'A-Za-z0-9_-',
    length: 28,
    notAfter: 'A-Za-z0-9_-',
    minEntropy: 3.5,
    fix: 'Reset the secret in Google Cloud Console (APIs & Services → Credentials → the OAuth client → Reset secret), then load it from the environment or Secret Manager.',
    examples: {
      detects: (generate) => [`GOCSPX-${generate.base64url(28)}`, `"client_secret": "GOCSPX-${generate.base64url(28)}"`],
      ignores: (generate) => [`GOCSPX-${generate.base64url(10)}`, 'client_secret: GOCSPX-<your-secret>'],
    },
  }),
  // Google OAuth 2.0 refresh tokens: "1//" + a two-character region code starting "0" + a base64url body (about 100 characters).
  prefixedToken({
    id: 'google-oauth-refresh-token',
    description: 'Google OAuth 2.0 refresh token (1//0…)',
    prefixes: ['1//0'],
    charset: 'A-Za-z0-9_-',
    length: [60, 500],
    notAfter: 'A-Za-z0-9_/:-',
    minEntropy: 4,
    fix: OAUTH_FIX,
    examples: {
      detects: (generate) => [`1//0${generate.alnum(1)}${generate.base64url(99)}`, `"refresh_token": "1//0${generate.base64url(100)}"`],
      ignores: (generate) => [`1//0${generate.base64url(20)}`, 'print(1//0)'],
    },
  }),
  // Service-account key files (IAM "Create and delete service account keys"): JSON with "type": "service_account" and a PEM private_key; CI systems keep them base64-encoded.
  prefixedToken({
    id: 'google-service-account-base64',
    severity: 'critical',
    description: 'Google Cloud service-account key file, base64-encoded (as CI variables hold it)',
    prefixes: SERVICE_ACCOUNT_BASE64_OPENINGS,
    charset: 'A-Za-z0-9+/',
    length: [600, 8000],
    notAfter: 'A-Za-z0-9+/',
    validate: holdsServiceAccountKey,
    fix: 'Delete the key in Google Cloud Console (IAM → Service accounts → the account → Keys) and check its use in the audit logs; then use Workload Identity Federation in CI instead of a key file.',
    examples: {
      detects: (generate) => [
        serviceAccountFile(generate, '', pemBody(generate)),
        `GOOGLE_CREDENTIALS=${serviceAccountFile(generate, '  ', pemBody(generate))}`,
      ],
      ignores: (generate) => [
        // A service-account file whose key was left out.
        serviceAccountFile(generate, '  ', ''),
        // Some other base64 document.
        Buffer.from(JSON.stringify({ type: 'authorized_user', refresh_token: generate.alnum(40), padding: generate.alnum(600) })).toString('base64'),
      ],
    },
  }),
];
