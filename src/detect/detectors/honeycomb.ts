import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Disable and delete the key in Honeycomb (Environment settings → API keys), then read a new one from the environment (HONEYCOMB_API_KEY, OTEL_EXPORTER_OTLP_HEADERS) or your secret manager.';

export const honeycombDetectors: readonly Detector[] = [
  // Honeycomb API keys since 2023 ("API keys"): "hcaik_" (ingest) or "hcaic_" (configuration) + 58 lower-case alphanumerics.
  prefixedToken({
    id: 'honeycomb-api-key',
    description: 'Honeycomb ingest or configuration API key',
    prefixes: ['hcaik_', 'hcaic_'],
    charset: 'a-z0-9',
    length: 58,
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`hcaik_01${generate.lowerAlnum(56)}`, `OTEL_EXPORTER_OTLP_HEADERS="x-honeycomb-team=hcaic_01${generate.lowerAlnum(56)}"`],
      ignores: (generate) => [`hcaik_${generate.lowerAlnum(20)}`, 'x-honeycomb-team=hcaik_xxxxxxxxxxxx'],
    },
  }),
  assignedToken({
    id: 'honeycomb-classic-api-key',
    description: 'Honeycomb classic API key assigned to a honeycomb-named setting or header',
    keywords: ['honeycomb'],
    // Honeycomb Classic keys are 32 hex characters (environment keys 22 alphanumerics), with no marker.
    name: '(?:x-)?honeycomb[A-Za-z0-9_.-]{0,30}',
    value: '[A-Za-z0-9]{22,32}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`HONEYCOMB_API_KEY=${generate.hex(32)}`, `x-honeycomb-team: ${generate.alnum(22)}`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, 'HONEYCOMB_DATASET=production-traces'],
    },
  }),
];
