import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const endorlabsDetectors: readonly Detector[] = [
  // Endor Labs API keys (docs.endorlabs.com, ENDOR_API_CREDENTIALS_KEY): "endr+" + 16 characters of letters, digits and "-"; the length and alphabet as trufflehog's detector matches them.
  prefixedToken({
    id: 'endorlabs-api-key',
    description: 'Endor Labs API key',
    prefixes: ['endr+'],
    charset: 'A-Za-z0-9-',
    length: 16,
    minEntropy: 3,
    fix: 'Delete the key in Endor Labs (Settings → Access Control → API Keys), then read a new one from ENDOR_API_CREDENTIALS_KEY in the environment or your secret manager.',
    examples: {
      detects: (generate) => [`endr+${generate.alnum(16)}`, `ENDOR_API_CREDENTIALS_KEY=endr+${generate.alnum(16)}`],
      ignores: (generate) => [`endr+${generate.alnum(8)}`, 'ENDOR_API_CREDENTIALS_KEY=endr+xxxxxxxxxxxxxxxx'],
    },
  }),
];
