import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Regenerate the token in Codecov (repository → Configuration → General → Regenerate), then keep it in your CI secrets as CODECOV_TOKEN.';

export const codecovDetectors: readonly Detector[] = [
  assignedToken({
    id: 'codecov-upload-token',
    description: 'Codecov upload or API token assigned to a codecov-named setting',
    keywords: ['codecov'],
    // Codecov upload tokens ("Codecov tokens", CODECOV_TOKEN): a UUID, so a codecov name must precede it.
    name: 'codecov[A-Za-z0-9_.-]{0,30}',
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`CODECOV_UPLOAD_TOKEN=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `codecov.uploadToken: "${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `CODECOV_UPLOAD_TOKEN=${generate.hex(8)}-${generate.hex(4)}`],
    },
  }),
];
