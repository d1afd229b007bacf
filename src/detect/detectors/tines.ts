import type { Detector } from '../detector';

export const tinesDetectors: readonly Detector[] = [
  {
    id: 'tines-webhook-url',
    description: 'Tines webhook action URL (anyone holding it can start the story)',
    keywords: ['.tines.com/webhook/'],
    // Tines webhook actions (tines.com/docs/actions/types/webhook): https://<tenant>.tines.com/webhook/<32-char path>/<32-char secret>.
    pattern: /(?<secret>https:\/\/[A-Za-z0-9-]{1,63}\.tines\.com\/webhook\/[a-z0-9]{32}\/[a-z0-9]{32})(?![A-Za-z0-9])/,
    minEntropy: 3,
    fix: 'Change the webhook action\'s path and secret in Tines, then read the URL from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`https://acme-corp.tines.com/webhook/${generate.hex(32)}/${generate.hex(32)}`],
      ignores: (generate) => [`https://acme-corp.tines.com/webhook/${generate.hex(32)}`, 'https://example.tines.com/webhook/<path>/<secret>'],
    },
  },
];
