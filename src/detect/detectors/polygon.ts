import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const polygonDetectors: readonly Detector[] = [
  assignedToken({
    id: 'polygon-api-key',
    description: 'Polygon.io (Massive) API key',
    keywords: ['polygon'],
    // Polygon.io API keys (polygon.io/docs "Authentication"): 32 base62 characters.
    name: providerSetting('polygon', 'key'),
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    fix: 'Delete the key in the Polygon.io dashboard (API Keys), then read a new one from the environment (POLYGON_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`POLYGON_API_KEY=${generate.alnum(32)}`, `polygon_api_key: "${generate.alnum(32)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(32)}`, `POLYGON_API_KEY=${generate.alnum(16)}`],
    },
  }),
];
