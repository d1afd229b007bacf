import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

export const algoliaDetectors: readonly Detector[] = [
  assignedToken({
    id: 'algolia-admin-api-key',
    description: 'Algolia admin API key assigned to an algolia admin-key setting',
    keywords: ['algolia'],
    // Algolia API keys are 32 hex characters with no marker; only the admin key is secret (search-only keys ship to browsers), so the name must say admin.
    name: 'algolia[A-Za-z0-9_.-]{0,20}admin(?:[_.-]?(?:api[_.-]?)?key)?',
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Regenerate the admin API key in the Algolia dashboard (Settings → API Keys), then keep it on the server, read from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`ALGOLIA_ADMIN_KEY=${generate.hex(32)}`, `algoliaAdminApiKey: '${generate.hex(32)}'`],
      ignores: (generate) => [
        // The search-only key is public by design.
        `ALGOLIA_SEARCH_KEY=${generate.hex(32)}`,
        `ALGOLIA_ADMIN_KEY=${generate.hex(20)}`,
      ],
    },
  }),
];
