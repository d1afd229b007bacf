import type { Detector } from '../detector';

const ROTATE = 'Regenerate the keyset in the PubNub Admin Portal (your app → Keysets), then read the keys from the environment or your secret manager; only the subscribe key belongs in a client.';

export const pubnubDetectors: readonly Detector[] = [
  {
    id: 'pubnub-secret-key',
    description: 'PubNub secret key',
    keywords: ['sec-c-'],
    // PubNub keysets (Admin Portal → Keysets): the secret key is "sec-c-" + 48 base64 characters.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sec-c-[A-Za-z0-9+/]{46}[A-Za-z0-9+/=]{2})(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
    severity: 'critical',
    fix: ROTATE,
    examples: {
      detects: (generate) => [`sec-c-${generate.alnum(48)}`, `PUBNUB_SECRET_KEY="sec-c-${generate.alnum(46)}=="`],
      ignores: (generate) => [`sec-c-${generate.alnum(20)}`, 'secretKey: "sec-c-..."'],
    },
  },
  {
    id: 'pubnub-publish-key',
    description: 'PubNub publish key (lets anyone publish to the keyset)',
    keywords: ['pub-c-'],
    // PubNub publish keys: "pub-c-" + a UUID; the subscribe key ("sub-c-") is meant for clients and is not reported.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>pub-c-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    severity: 'medium',
    fix: ROTATE,
    examples: {
      detects: (generate) => [`pub-c-${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
      ignores: (generate) => [`sub-c-${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, 'publishKey: "pub-c-..."'],
    },
  },
];
