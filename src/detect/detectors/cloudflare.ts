import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

/** Names Cloudflare's tools read (CLOUDFLARE_API_TOKEN, CF_API_TOKEN, CF_API_KEY) and any cloudflare-named setting. */
const NAME = '(?:cloudflare[A-Za-z0-9_.-]{0,30}|cf_api_(?:token|key))';
const KEYWORDS = ['cloudflare', 'cf_api_token', 'cf_api_key'];

export const cloudflareDetectors: readonly Detector[] = [
  assignedToken({
    id: 'cloudflare-api-token',
    description: 'Cloudflare API token assigned to a cloudflare-named setting',
    keywords: KEYWORDS,
    // Cloudflare API tokens ("Create API token"): 40 base64url characters with no marker.
    name: NAME,
    value: '[A-Za-z0-9_-]{40}',
    minEntropy: 4,
    fix: 'Roll or delete the token at https://dash.cloudflare.com/profile/api-tokens, then read a new, narrowly scoped one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`CLOUDFLARE_API_TOKEN=${generate.base64url(40)}`, `cf_api_token: "${generate.base64url(40)}"`],
      ignores: (generate) => [`api_token = ${generate.base64url(40)}`, `CLOUDFLARE_ZONE_ID=${generate.hex(32)}`],
    },
  }),
  assignedToken({
    id: 'cloudflare-global-api-key',
    severity: 'critical',
    description: 'Cloudflare Global API key assigned to a cloudflare-named setting (full account access)',
    keywords: KEYWORDS,
    // Cloudflare Global API keys ("API keys" in the docs): 37 lower-case hex characters, no marker.
    name: NAME,
    value: '[a-f0-9]{37}',
    minEntropy: 3,
    fix: 'Change the Global API key at https://dash.cloudflare.com/profile/api-tokens (API Keys → Global API Key → Change), then switch to a scoped API token.',
    examples: {
      detects: (generate) => [`CF_API_KEY=${generate.hex(37)}`, `cloudflare_api_key = "${generate.hex(37)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(37)}`, `CLOUDFLARE_ACCOUNT_ID=${generate.hex(32)}`],
    },
  }),
  {
    id: 'cloudflare-origin-ca-key',
    description: 'Cloudflare Origin CA key',
    keywords: ['v1.0-'],
    // Cloudflare Origin CA keys ("Origin CA certificates → API"): "v1.0-" + 24 hex + "-" + 146 hex.
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>v1\.0-[a-f0-9]{24}-[a-f0-9]{146})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
    fix: 'Change the Origin CA key at https://dash.cloudflare.com/profile/api-tokens (API Keys → Origin CA Key), then read it from your secret manager.',
    examples: {
      detects: (generate) => [`v1.0-${generate.hex(24)}-${generate.hex(146)}`, `CF_ORIGIN_CA_KEY=v1.0-${generate.hex(24)}-${generate.hex(146)}`],
      ignores: (generate) => [`v1.0-${generate.hex(24)}-${generate.hex(40)}`, 'version v1.0-beta'],
    },
  },
];
