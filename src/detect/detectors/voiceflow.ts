import type { Detector } from '../detector';

export const voiceflowDetectors: readonly Detector[] = [
  {
    id: 'voiceflow-api-key',
    description: 'Voiceflow Dialog Manager or workspace API key',
    keywords: ['vf.'],
    // Voiceflow API keys (docs.voiceflow.com "API keys"): "VF." [+ "DM." or "WS."] + a 24-hex project or
    // workspace id + "." + 16 base62.
    pattern: /(?<![A-Za-z0-9_.])(?<secret>VF\.(?:(?:DM|WS)\.)?[a-fA-F0-9]{24}\.[a-zA-Z0-9]{16})(?![A-Za-z0-9_.])/,
    minEntropy: 3.5,
    fix: 'Regenerate the key in Voiceflow (your agent → Integration → API keys), then read the new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`VF.DM.${generate.hex(24)}.${generate.alnum(16)}`, `authorization: 'VF.${generate.hex(24)}.${generate.alnum(16)}'`],
      ignores: (generate) => [`VF.DM.${generate.hex(24)}`, `VF.DM.${generate.hex(24)}.${generate.alnum(8)}`],
    },
  },
];
