import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const sanityDetectors: readonly Detector[] = [
  assignedToken({
    id: 'sanity-api-token',
    description: 'Sanity API token',
    keywords: ['sanity'],
    // Sanity API tokens (sanity.io/docs "API tokens"): "sk" + 79 base62 characters.
    name: providerSetting('sanity'),
    value: 'sk[A-Za-z0-9]{79}',
    minEntropy: 4,
    fix: 'Delete the token in Sanity (manage.sanity.io → your project → API → Tokens), then read a new one from the environment (SANITY_API_TOKEN) or your secret manager.',
    examples: {
      detects: (generate) => [`SANITY_API_TOKEN=sk${generate.alnum(79)}`, `sanity token: sk${generate.alnum(79)}`],
      ignores: (generate) => [`api_key = sk${generate.alnum(79)}`, `SANITY_API_TOKEN=sk${generate.alnum(30)}`],
    },
  }),
];
