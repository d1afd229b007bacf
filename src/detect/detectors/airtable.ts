import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

export const airtableDetectors: readonly Detector[] = [
  assignedToken({
    id: 'airtable-personal-access-token',
    description: 'Airtable personal access token assigned to an airtable-named setting',
    keywords: ['airtable'],
    // Airtable personal access tokens ("Authentication" in the Web API docs): "pat" + 14-character token ID + "." + 64 hex secret.
    name: 'airtable[A-Za-z0-9_.-]{0,30}',
    value: 'pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}',
    minEntropy: 3.5,
    fix: 'Delete or regenerate the token at https://airtable.com/create/tokens, then read it from the environment or your secret manager.',
    examples: {
      detects: (generate) => [
        `AIRTABLE_API_KEY=pat${generate.alnum(14)}.${generate.hex(64)}`,
        `airtable_token: "pat${generate.alnum(14)}.${generate.hex(64)}"`,
      ],
      ignores: (generate) => [
        `token = pat${generate.alnum(14)}.${generate.hex(64)}`,
        `AIRTABLE_API_KEY=pat${generate.alnum(14)}.${generate.hex(20)}`,
      ],
    },
  }),
];
