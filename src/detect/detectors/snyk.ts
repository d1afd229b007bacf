import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Revoke the token in Snyk (Account settings → Auth token → Revoke & Regenerate, or the service account), then read it from SNYK_TOKEN in your CI secrets.';

export const snykDetectors: readonly Detector[] = [
  assignedToken({
    id: 'snyk-api-token',
    description: 'Snyk API token assigned to a snyk-named setting',
    keywords: ['snyk'],
    // Snyk API tokens ("Authenticate the CLI with your account", SNYK_TOKEN): a UUID, so a snyk name must precede it.
    name: 'snyk[A-Za-z0-9_.-]{0,30}',
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`SNYK_API_TOKEN=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `snyk.apiToken: "${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `SNYK_API_TOKEN=${generate.hex(8)}-${generate.hex(4)}`],
    },
  }),
];
