import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const uploadcareDetectors: readonly Detector[] = [
  assignedToken({
    id: 'uploadcare-secret-key',
    description: 'Uploadcare secret key',
    keywords: ['uploadcare'],
    // Uploadcare API keys (uploadcare.com/docs "API keys"): a 20-hex public key and a 20-hex secret key; only the secret is reported.
    name: providerSetting('uploadcare', 'secret(?:[_.-]?key)?'),
    value: '[a-f0-9]{20}',
    minEntropy: 3,
    fix: 'Delete the secret key in Uploadcare (your project → API keys), then read a new one from the environment (UPLOADCARE_SECRET_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`UPLOADCARE_SECRET_KEY=${generate.hex(20)}`, `uploadcare secret: ${generate.hex(20)}`],
      ignores: (generate) => [`api_key = ${generate.hex(20)}`, `UPLOADCARE_SECRET_KEY=${generate.hex(10)}`],
    },
  }),
];
