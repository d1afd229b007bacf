import type { Detector } from '../detector';

export const airtableDetectors: readonly Detector[] = [
  {
    id: 'airtable-personal-access-token',
    description: 'Airtable personal access token',
    keywords: ['pat'],
    // Airtable personal access tokens ("Authentication" in the Web API docs): "pat" + 14-character token ID + "." + 64 hex secret. The fixed structure marks it without an airtable name nearby.
    pattern: /(?<![A-Za-z0-9_])(?<secret>pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    fix: 'Delete or regenerate the token at https://airtable.com/create/tokens, then read it from the environment or your secret manager.',
    examples: {
      detects: (generate) => [
        `AIRTABLE_API_KEY=pat${generate.alnum(14)}.${generate.hex(64)}`,
        `airtable_token: "pat${generate.alnum(14)}.${generate.hex(64)}"`,
        `[DEBUG] Using Key=pat${generate.alnum(14)}.${generate.hex(64)}`,
      ],
      ignores: (generate) => [
        `AIRTABLE_API_KEY=pat${generate.alnum(14)}.${generate.hex(20)}`,
        `token = pat${generate.alnum(15)}.${generate.hex(64)}`,
        `compat${generate.alnum(14)}.${generate.hex(64)}`,
      ],
    },
  },
];
