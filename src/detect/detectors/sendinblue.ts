import type { Detector } from '../detector';

const ROTATE = 'Delete the key in Brevo (formerly Sendinblue: SMTP & API → API keys), then read a new one from the environment or your secret manager.';

export const sendinblueDetectors: readonly Detector[] = [
  {
    id: 'sendinblue-api-key',
    description: 'Brevo (Sendinblue) API v3 key',
    keywords: ['xkeysib-'],
    // Brevo / Sendinblue API v3 keys ("Manage your API keys"): "xkeysib-" + 64 hex + "-" + 16 base62 characters.
    pattern: /(?<![A-Za-z0-9_])(?<secret>xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_])/,
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`xkeysib-${generate.hex(64)}-${generate.alnum(16)}`, `BREVO_API_KEY=xkeysib-${generate.hex(64)}-${generate.alnum(16)}`],
      ignores: (generate) => [`xkeysib-${generate.hex(64)}`, `xkeysib-${generate.hex(20)}-${generate.alnum(16)}`],
    },
  },
];
