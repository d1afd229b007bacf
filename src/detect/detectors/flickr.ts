import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Delete the app key in the Flickr App Garden (Your apps → Edit), then create a new one and keep it in your secret manager.';

export const flickrDetectors: readonly Detector[] = [
  assignedToken({
    id: 'flickr-api-key',
    description: 'Flickr API key assigned to a flickr-named setting',
    keywords: ['flickr'],
    // Flickr API keys and secrets ("The App Garden"): 32 and 16 hex, so a flickr name must precede them.
    name: 'flickr[A-Za-z0-9_.-]{0,30}',
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`FLICKR_API_KEY=${generate.hex(32)}`, `flickr.apiKey: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `FLICKR_API_KEY=${generate.hex(12)}`],
    },
  }),
];
