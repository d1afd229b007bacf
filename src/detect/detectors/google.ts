import type { Detector } from '../detector';

export const googleDetectors: readonly Detector[] = [
  {
    id: 'google-api-key',
    description: 'Google API key (Maps, Firebase, Gemini and other Google Cloud APIs)',
    keywords: ['aiza'],
    // Google Cloud "API keys" documentation: 39 characters, "AIza" then 35 base64url characters.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    fix: 'Delete or regenerate the key in Google Cloud Console (APIs & Services → Credentials), add API and application restrictions to the new one, and load it from the environment or Secret Manager.',
    examples: {
      detects: (generate) => [`AIza${generate.base64url(35)}`, `"apiKey": "AIza${generate.base64url(35)}",`],
      ignores: (generate) => [`AIza${generate.base64url(20)}`, `AIza${generate.base64url(45)}`],
    },
  },
  {
    id: 'google-oauth-client-secret',
    description: 'Google OAuth 2.0 client secret',
    keywords: ['gocspx-'],
    // Google OAuth client secrets since 2021: "GOCSPX-" + 28 base64url characters.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    fix: 'Reset the secret in Google Cloud Console (APIs & Services → Credentials → the OAuth client → Reset secret), then load it from the environment or Secret Manager.',
    examples: {
      detects: (generate) => [`GOCSPX-${generate.base64url(28)}`, `"client_secret": "GOCSPX-${generate.base64url(28)}"`],
      ignores: (generate) => [`GOCSPX-${generate.base64url(10)}`, 'client_secret: GOCSPX-<your-secret>'],
    },
  },
];
