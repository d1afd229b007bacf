import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Delete the API key in Kraken (Settings → API), then create a new one with only the permissions needed and keep it in your secret manager.';

export const krakenDetectors: readonly Detector[] = [
  assignedToken({
    id: 'kraken-private-key',
    description: 'Kraken API private key assigned to a kraken-named setting',
    keywords: ['kraken'],
    // Kraken REST API private keys ("Authentication"): 64 bytes in base64, 88 characters ending "==", so a kraken name must precede them.
    name: 'kraken[A-Za-z0-9_.-]{0,30}',
    value: '[A-Za-z0-9+/]{86}==',
    minEntropy: 4.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`KRAKEN_PRIVATE_KEY=${generate.base64(86)}==`, `kraken.privateKey: "${generate.base64(86)}=="`],
      ignores: (generate) => [`api_key = ${generate.base64(86)}==`, `KRAKEN_PRIVATE_KEY=${generate.base64(40)}==`],
    },
  }),
];
