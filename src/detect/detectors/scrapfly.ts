import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const scrapflyDetectors: readonly Detector[] = [
  // Scrapfly API keys (scrapfly.io/docs "Authentication"): "scp-live-" or "scp-test-" + 32 lower-case hex.
  prefixedToken({
    id: 'scrapfly-api-key',
    description: 'Scrapfly API key',
    prefixes: ['scp-live-', 'scp-test-'],
    charset: 'a-z0-9',
    length: 32,
    minEntropy: 3,
    fix: 'Rotate the key in the Scrapfly dashboard (your project → API key), then read the new one from the SCRAPFLY_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`scp-live-${generate.hex(32)}`, `SCRAPFLY_KEY=scp-test-${generate.lowerAlnum(32)}`],
      ignores: (generate) => [`scp-live-${generate.hex(16)}`, 'SCRAPFLY_KEY=scp-live-...'],
    },
  }),
];
