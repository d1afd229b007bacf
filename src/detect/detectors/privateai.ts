import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Revoke the key in the Private AI customer portal, then read a new one from your secret manager.';

export const privateaiDetectors: readonly Detector[] = [
  assignedToken({
    id: 'privateai-api-key',
    description: 'Private AI API key assigned to a privateai-named setting',
    keywords: ['privateai', 'private_ai', 'private-ai'],
    // Private AI API keys ("Authentication", x-api-key): 32 base62 characters, so a privateai name must precede them.
    name: 'private[_-]?ai[A-Za-z0-9_.-]{0,30}',
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`PRIVATEAI_API_KEY=${generate.alnum(32)}`, `privateai.apiKey: "${generate.alnum(32)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(32)}`, `PRIVATEAI_API_KEY=${generate.alnum(12)}`],
    },
  }),
];
