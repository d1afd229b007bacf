import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Rotate the token in HubSpot (Settings → Integrations → Private apps → Auth → Rotate), then read it from your secret manager.';

export const hubspotDetectors: readonly Detector[] = [
  {
    id: 'hubspot-private-app-token',
    description: 'HubSpot private app access token',
    keywords: ['pat-na', 'pat-eu', 'pat-ap'],
    // HubSpot private app access tokens ("Private apps"): "pat-" + the data center ("na1", "eu1") + "-" + a UUID.
    pattern: /(?<![A-Za-z0-9_])(?<secret>pat-(?:na|eu|ap)[0-9]{1,2}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`pat-na1-${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `HUBSPOT_ACCESS_TOKEN=pat-eu1-${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
      ignores: (generate) => [`pat-na1-${generate.hex(8)}`, `compat-na1-${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
    },
  },
  assignedToken({
    id: 'hubspot-api-key',
    description: 'HubSpot legacy API key (hapikey) assigned to a hubspot-named setting',
    keywords: ['hubspot', 'hapikey'],
    // HubSpot legacy API keys (hapikey, retired in 2022 but still found in old code): a UUID, so a hubspot name or hapikey must precede it.
    name: '(?:hubspot[A-Za-z0-9_.-]{0,30}|hapikey)',
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`HUBSPOT_API_KEY=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `hubspot.apiKey: "${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}"`, `https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
      ignores: (generate) => [`api_key = ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `HUBSPOT_API_KEY=${generate.hex(8)}-${generate.hex(4)}`],
    },
  }),
];
