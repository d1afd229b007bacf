import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const disqusDetectors: readonly Detector[] = [
  assignedToken({
    id: 'disqus-api-secret',
    description: 'Disqus API secret assigned to a disqus-named setting',
    keywords: ['disqus'],
    // Disqus API application secrets (disqus.com/api/docs, api_secret): 64 alphanumerics with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('disqus'),
    value: '[A-Za-z0-9]{64}',
    minEntropy: 4,
    fix: 'Revoke the secret in Disqus (disqus.com/api/applications → the application), then read a new one from the DISQUS_API_SECRET environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`DISQUS_API_SECRET=${generate.alnum(64)}`, `disqus_secret: "${generate.alnum(64)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(64)}`, `DISQUS_API_SECRET=${generate.alnum(32)}`, `DISQUS_API_ACCOUNT_ID=${generate.alnum(64)}`],
    },
  }),
];
