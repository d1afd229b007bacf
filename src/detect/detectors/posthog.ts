import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const posthogDetectors: readonly Detector[] = [
  // PostHog personal API keys (posthog.com/docs/api "Personal API keys"): "phx_" + 43–48 base62. The project
  // key ("phc_") is public by design and is not reported.
  prefixedToken({
    id: 'posthog-personal-api-key',
    description: 'PostHog personal API key',
    prefixes: ['phx_'],
    charset: 'A-Za-z0-9_',
    length: [43, 48],
    minEntropy: 4,
    fix: 'Roll or delete the key in PostHog (Settings → Personal API keys), then read a new one from the environment (POSTHOG_PERSONAL_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`phx_${generate.alnum(43)}`, `POSTHOG_PERSONAL_API_KEY=phx_${generate.alnum(47)}`],
      ignores: (generate) => [`phc_${generate.alnum(43)}`, `phx_${generate.alnum(20)}`],
    },
  }),
];
