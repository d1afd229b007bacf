import type { Detector } from '../detector';

const ROTATE = 'Revoke the token in Dynatrace (Access tokens → Revoke), then create a narrowly scoped one and keep it in your secret manager.';

export const dynatraceDetectors: readonly Detector[] = [
  {
    id: 'dynatrace-api-token',
    description: 'Dynatrace API / platform token',
    keywords: ['dt0c01.'],
    // Dynatrace access tokens ("Access tokens → Token format"): "dt0c01." + a 24-character public part + "." + a 64-character secret, both of uppercase letters and digits.
    pattern: /(?<![A-Za-z0-9_])(?<secret>dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?![A-Za-z0-9_])/,
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`dt0c01.${generate.upperAlnum(24)}.${generate.upperAlnum(64)}`, `DT_API_TOKEN=dt0c01.${generate.upperAlnum(24)}.${generate.upperAlnum(64)}`],
      ignores: (generate) => [`dt0c01.${generate.upperAlnum(24)}.${generate.upperAlnum(20)}`, 'Token IDs look like dt0c01.ABC and are not secret alone.'],
    },
  },
];
