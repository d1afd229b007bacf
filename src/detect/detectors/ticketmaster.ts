import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const ticketmasterDetectors: readonly Detector[] = [
  assignedToken({
    id: 'ticketmaster-api-key',
    description: 'Ticketmaster Discovery API consumer key',
    keywords: ['ticketmaster'],
    // Ticketmaster Discovery API consumer keys (developer.ticketmaster.com "Getting started"): 32 base62 characters.
    name: providerSetting('ticketmaster'),
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    fix: 'Regenerate the key in the Ticketmaster developer portal (My Apps), then read a new one from the environment (TICKETMASTER_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`TICKETMASTER_API_KEY=${generate.alnum(32)}`, `ticketmaster key: ${generate.alnum(32)}`],
      ignores: (generate) => [`api_key = ${generate.alnum(32)}`, `TICKETMASTER_API_KEY=${generate.alnum(16)}`],
    },
  }),
];
