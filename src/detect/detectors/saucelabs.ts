import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

export const saucelabsDetectors: readonly Detector[] = [
  assignedToken({
    id: 'saucelabs-access-key',
    description: 'Sauce Labs access key',
    keywords: ['sauce'],
    // Sauce Labs access keys (docs.saucelabs.com "Access keys"): a UUID, read from SAUCE_ACCESS_KEY beside SAUCE_USERNAME.
    name: 'sauce[_.-]?(?:labs[_.-]?)?access[_.-]?key',
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 3,
    fix: 'Regenerate the access key in Sauce Labs (Account → User settings → Access key), then read it from the SAUCE_ACCESS_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [
        `SAUCE_ACCESS_KEY=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`,
        `sauceLabsAccessKey: "${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}"`,
      ],
      ignores: (generate) => [`access_key = ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, 'SAUCE_ACCESS_KEY=${SAUCE_KEY}'],
    },
  }),
];
