import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const contentfulDetectors: readonly Detector[] = [
  // Contentful personal access tokens (Content Management API, "Authentication"): "CFPAT-" + 43 base64url characters.
  prefixedToken({
    id: 'contentful-personal-access-token',
    description: 'Contentful Content Management API personal access token',
    prefixes: ['CFPAT-'],
    charset: 'A-Za-z0-9_-',
    length: 43,
    notAfter: 'A-Za-z0-9_-',
    minEntropy: 4,
    fix: 'Revoke the token in Contentful (Settings → CMA tokens), then read a new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`CFPAT-${generate.base64url(43)}`, `CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-${generate.base64url(43)}`],
      ignores: (generate) => [`CFPAT-${generate.base64url(20)}`, 'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-<token>'],
    },
  }),
];
