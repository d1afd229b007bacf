import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

export const linkedinDetectors: readonly Detector[] = [
  assignedToken({
    id: 'linkedin-client-secret',
    description: 'LinkedIn app client secret assigned to a linkedin secret setting',
    keywords: ['linkedin', 'linked_in', 'linked-in', 'linked.in'],
    // LinkedIn app credentials (Developer portal → Auth): client secrets are 16 alphanumerics with no marker; the client ID is public.
    name: 'linked[_.-]?in[A-Za-z0-9_.-]{0,30}secret(?:[_.-]?key)?',
    value: '[A-Za-z0-9]{16}',
    minEntropy: 3.2,
    fix: 'Generate a new client secret in the LinkedIn Developer portal (the app → Auth → Generate a new Client Secret), then read it from the environment.',
    examples: {
      detects: (generate) => [`LINKEDIN_CLIENT_SECRET=${generate.alnum(16)}`, `linkedin.clientSecret: "${generate.alnum(16)}"`],
      ignores: (generate) => [`LINKEDIN_CLIENT_ID=${generate.lowerAlnum(14)}`, `client_secret = ${generate.alnum(16)}`],
    },
  }),
];
