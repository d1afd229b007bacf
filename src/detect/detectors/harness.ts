import type { Detector } from '../detector';

const ROTATE = 'Delete the token in Harness (Profile → My API keys, or the service account’s API keys), then create a new one with an expiry and keep it in your secret manager.';

export const harnessDetectors: readonly Detector[] = [
  {
    id: 'harness-api-key',
    description: 'Harness personal access or service account token',
    keywords: ['harness'],
    // Harness API tokens ("Add and manage API keys"): "pat." (personal) or "sat." (service account) + account ID (22) "." token ID (24 hex) "." secret (20); "pat." is a common word ending, so the line must name Harness first.
    pattern: /harness[^.\n]{0,100}?(?<![A-Za-z0-9_.])(?<secret>(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[a-f0-9]{24}\.[A-Za-z0-9]{20})(?![A-Za-z0-9_.-])/i,
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`harness_token = 'pat.${generate.base64url(22)}.${generate.hex(24)}.${generate.alnum(20)}'`, `HARNESS_API_KEY=sat.${generate.base64url(22)}.${generate.hex(24)}.${generate.alnum(20)}`],
      ignores: (generate) => [`HARNESS_API_KEY=pat.${generate.base64url(22)}.${generate.hex(24)}`, `token = 'pat.${generate.base64url(22)}.${generate.hex(24)}.${generate.alnum(20)}'`],
    },
  },
];
