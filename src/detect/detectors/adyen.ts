import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

export const adyenDetectors: readonly Detector[] = [
  assignedToken({
    id: 'adyen-api-key',
    description: 'Adyen API key assigned to an adyen-named setting',
    keywords: ['adyen'],
    // Adyen API credentials (Customer Area → Developers → API credentials): "AQE" + a long base64 body in "-"-separated parts; "AQE" alone is too short a marker, so an adyen name must precede it.
    name: 'adyen[A-Za-z0-9_.-]{0,30}',
    value: 'AQE[A-Za-z0-9+/=._-]{60,300}',
    minEntropy: 4,
    fix: 'Generate a new API key for the credential in the Adyen Customer Area (Developers → API credentials), delete the old one, and load the key from the environment or your secret manager.',
    examples: {
      detects: (generate) => [
        `ADYEN_API_KEY=AQE${generate.alnum(5)}${generate.base64(90)}==-${generate.base64(43)}=-${generate.alnum(16)}`,
        `adyen.apiKey: "AQE${generate.alnum(5)}.${generate.base64url(60)}"`,
      ],
      ignores: (generate) => [
        `ADYEN_API_KEY=AQE${generate.base64(20)}`,
        `api_key = AQE${generate.base64(120)}`,
        'ADYEN_API_KEY=${ADYEN_API_KEY}',
      ],
    },
  }),
];
