import type { Detector } from '../detector';

export const zapierDetectors: readonly Detector[] = [
  {
    id: 'zapier-webhook-url',
    description: 'Zapier "Catch Hook" webhook URL (anyone holding it can trigger the Zap)',
    keywords: ['hooks.zapier.com/hooks/catch/'],
    // Zapier Webhooks by Zapier trigger URLs: https://hooks.zapier.com/hooks/catch/<account id>/<hook id>/.
    pattern: /(?<secret>https:\/\/hooks\.zapier\.com\/hooks\/catch\/[0-9]{4,12}\/[a-z0-9]{5,12})\/?(?![A-Za-z0-9])/,
    minEntropy: 3,
    severity: 'medium',
    fix: 'Turn the Zap off and change its trigger to a new webhook URL in Zapier, then read the URL from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`https://hooks.zapier.com/hooks/catch/${generate.digits(7)}/${generate.lowerAlnum(6)}/`],
      ignores: (generate) => [`https://hooks.zapier.com/hooks/catch/${generate.digits(7)}/`, 'https://hooks.zapier.com/hooks/catch/123/abc/'],
    },
  },
];
