import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Delete the key in New Relic (API keys UI: one.newrelic.com → API keys) and create a new one; read it from the environment (NEW_RELIC_LICENSE_KEY, NEW_RELIC_API_KEY) or your secret manager.';

/** Insights insert and query keys ("Event API", "Insights query API"): the type prefix + 25 to 32 base64url characters (trufflehog reads 25, gitleaks 32). */
function insightsKey(id: string, prefix: string, description: string, setting: string): Detector {
  return prefixedToken({
    id,
    description,
    prefixes: [prefix],
    charset: 'A-Za-z0-9_-',
    length: [25, 32],
    notAfter: 'A-Za-z0-9_-',
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`${prefix}${generate.base64url(32)}`, `${setting}=${prefix}${generate.base64url(25)}`],
      ignores: (generate) => [`${prefix}${generate.base64url(12)}`, `${setting}=${prefix}<key>`, `${prefix}${generate.base64url(40)}`],
    },
  });
}

export const newrelicDetectors: readonly Detector[] = [
  // New Relic browser keys ("New Relic API keys → Browser key"): "NRJS-" (or the browser license key's "NRBR-") + 19 hex; they ship in the page, so a leak matters less.
  prefixedToken({
    id: 'newrelic-browser-api-key',
    severity: 'low',
    description: 'New Relic browser key (sent from web pages; low impact)',
    prefixes: ['NRJS-', 'NRBR-'],
    charset: 'a-f0-9',
    length: 19,
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`NRJS-${generate.hex(19)}`, `licenseKey: "NRJS-${generate.hex(19)}"`, `browser_key = 'NRBR-${generate.hex(19)}'`],
      ignores: (generate) => [`NRJS-${generate.hex(10)}`, `NRJS-${generate.hex(30)}`],
    },
  }),
  insightsKey('newrelic-insert-key', 'NRII-', 'New Relic insights insert key', 'NEW_RELIC_INSERT_KEY'),
  insightsKey('newrelic-query-key', 'NRIQ-', 'New Relic insights query key (reads the account\'s event data)', 'NEW_RELIC_QUERY_KEY'),
  {
    id: 'newrelic-mobile-app-token',
    severity: 'low',
    description: 'New Relic mobile app token (built into mobile apps; low impact)',
    keywords: ['-nrma'],
    // New Relic mobile app tokens ("Mobile app token"): "AA" + 40 hex, or the EU region's "eu01xx" + 36 hex, then "-NRMA"; they ship in the app.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>(?:AA[a-f0-9]{40}|eu01xx[a-f0-9]{36})-NRMA)(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`AA${generate.hex(40)}-NRMA`, `NewRelic.withApplicationToken("eu01xx${generate.hex(36)}-NRMA")`],
      ignores: (generate) => [`AA${generate.hex(38)}-NRMA`, `${generate.hex(42)}-NRMA`],
    },
  },
  assignedToken({
    id: 'newrelic-license-key',
    description: 'New Relic ingest license key assigned to a new-relic-named setting',
    keywords: ['newrelic', 'new_relic', 'new-relic', 'new.relic'],
    // New Relic license keys ("License key"): 40 characters, 36 hex (EU region: "eu01xx" + 30 hex) then "NRAL"; "NRAL" alone is in every "GENERAL", so the name must say new relic.
    name: 'new[_.-]?relic[A-Za-z0-9_.-]{0,30}',
    value: '(?:[a-f0-9]{36}|eu01xx[a-f0-9]{30})NRAL',
    minEntropy: 3.2,
    fix: ROTATE,
    examples: {
      detects: (generate) => [
        `NEW_RELIC_LICENSE_KEY=${generate.hex(36)}NRAL`,
        `newrelic.license_key: "${generate.hex(36)}NRAL"`,
        `NEW_RELIC_LICENSE_KEY=eu01xx${generate.hex(26)}FFFFNRAL`,
      ],
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
