import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const zerotierDetectors: readonly Detector[] = [
  assignedToken({
    id: 'zerotier-api-token',
    description: 'ZeroTier Central API token',
    keywords: ['zerotier'],
    // ZeroTier Central API tokens (docs.zerotier.com "Central API"): 32 base62 characters.
    name: providerSetting('zerotier'),
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    fix: 'Delete the token in ZeroTier Central (Account → API Access Tokens), then read a new one from the environment (ZEROTIER_API_TOKEN) or your secret manager.',
    examples: {
      detects: (generate) => [`ZEROTIER_API_TOKEN=${generate.alnum(32)}`, `zerotier token: ${generate.alnum(32)}`],
      ignores: (generate) => [`api_key = ${generate.alnum(32)}`, `ZEROTIER_API_TOKEN=${generate.alnum(16)}`],
    },
  }),
];
