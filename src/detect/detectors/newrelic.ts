import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Delete the key in New Relic (API keys UI: one.newrelic.com → API keys) and create a new one; read it from the environment (NEW_RELIC_LICENSE_KEY, NEW_RELIC_API_KEY) or your secret manager.';

export const newrelicDetectors: readonly Detector[] = [
  // New Relic browser keys ("New Relic API keys → Browser key"): "NRJS-" + 19 hex; they ship in the page, so a leak matters less.
  prefixedToken({
    id: 'newrelic-browser-api-key',
    severity: 'low',
    description: 'New Relic browser key (sent from web pages; low impact)',
    prefixes: ['NRJS-'],
    charset: 'a-f0-9',
    length: 19,
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`NRJS-${generate.hex(19)}`, `licenseKey: "NRJS-${generate.hex(19)}"`],
      ignores: (generate) => [`NRJS-${generate.hex(10)}`, `NRJS-${generate.hex(30)}`],
    },
  }),
  // New Relic insights insert keys ("Event API"): "NRII-" + 32 characters.
  prefixedToken({
    id: 'newrelic-insert-key',
    description: 'New Relic insights insert key',
    prefixes: ['NRII-'],
    charset: 'A-Za-z0-9_-',
    length: 32,
    notAfter: 'A-Za-z0-9_-',
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`NRII-${generate.base64url(32)}`, `NEW_RELIC_INSERT_KEY=NRII-${generate.base64url(32)}`],
      ignores: (generate) => [`NRII-${generate.base64url(12)}`, 'NEW_RELIC_INSERT_KEY=NRII-<key>'],
    },
  }),
  assignedToken({
    id: 'newrelic-license-key',
    description: 'New Relic ingest license key assigned to a new-relic-named setting',
    keywords: ['newrelic', 'new_relic', 'new-relic', 'new.relic'],
    // New Relic license keys ("License key"): 40 characters, 36 hex then "NRAL"; "NRAL" alone is in every "GENERAL", so the name must say new relic.
    name: 'new[_.-]?relic[A-Za-z0-9_.-]{0,30}',
    value: '[a-f0-9]{36}NRAL',
    minEntropy: 3.2,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`NEW_RELIC_LICENSE_KEY=${generate.hex(36)}NRAL`, `newrelic.license_key: "${generate.hex(36)}NRAL"`],
      ignores: (generate) => [`license_key = ${generate.hex(36)}NRAL`, `NEW_RELIC_LICENSE_KEY=${generate.hex(40)}`],
    },
  }),
  // New Relic user keys ("New Relic API keys → User key"): "NRAK-" + 27 upper-case alphanumerics.
  prefixedToken({
    id: 'newrelic-user-api-key',
    description: 'New Relic user API key',
    prefixes: ['NRAK-'],
    charset: 'A-Z0-9',
    length: 27,
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`NRAK-${generate.upperAlnum(27)}`, `NEW_RELIC_API_KEY=NRAK-${generate.upperAlnum(27)}`],
      ignores: (generate) => [`NRAK-${generate.upperAlnum(12)}`, `NRAK-${generate.upperAlnum(40)}`],
    },
  }),
];
