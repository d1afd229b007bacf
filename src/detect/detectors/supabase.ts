import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const supabaseDetectors: readonly Detector[] = [
  // Supabase personal access tokens (Management API, "Authentication"): "sbp_" + 40 hex characters.
  prefixedToken({
    id: 'supabase-access-token',
    description: 'Supabase personal access token (Management API)',
    prefixes: ['sbp_'],
    charset: 'a-f0-9',
    length: 40,
    minEntropy: 3.2,
    fix: 'Revoke the token at https://supabase.com/dashboard/account/tokens, then read a new one from the SUPABASE_ACCESS_TOKEN environment variable or a CI secret.',
    examples: {
      detects: (generate) => [`sbp_${generate.hex(40)}`, `SUPABASE_ACCESS_TOKEN=sbp_${generate.hex(40)}`],
      ignores: (generate) => [`sbp_${generate.hex(20)}`, `sbp_${generate.hex(64)}`],
    },
  }),
  // Supabase secret API keys (2025, "API keys"): "sb_secret_" + about 31 base64url characters; they bypass row-level security like the old service_role key (publishable keys, "sb_publishable_", are public).
  prefixedToken({
    id: 'supabase-secret-key',
    severity: 'critical',
    description: 'Supabase secret API key (bypasses row-level security)',
    prefixes: ['sb_secret_'],
    charset: 'A-Za-z0-9_-',
    length: [30, 64],
    minEntropy: 4,
    fix: 'Delete the secret key in the Supabase dashboard (Project settings → API keys) and create a new one; keep it on the server, read from the environment.',
    examples: {
      detects: (generate) => [`sb_secret_${generate.base64url(22)}_${generate.base64url(8)}`, `SUPABASE_SECRET_KEY=sb_secret_${generate.base64url(31)}`],
      ignores: (generate) => [`sb_publishable_${generate.base64url(31)}`, `sb_secret_${generate.base64url(10)}`],
    },
  }),
];
