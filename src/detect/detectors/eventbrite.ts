import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const eventbriteDetectors: readonly Detector[] = [
  assignedToken({
    id: 'eventbrite-private-token',
    description: 'Eventbrite private token assigned to an eventbrite-named setting',
    keywords: ['eventbrite'],
    // Eventbrite private OAuth tokens (eventbrite.com/platform/api, Bearer): 20 upper-case alphanumerics with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('eventbrite'),
    value: '[A-Z0-9]{20}',
    minEntropy: 3.5,
    fix: 'Revoke the token in Eventbrite (Account Settings → Developer Links → API Keys), then read a new one from the EVENTBRITE_PRIVATE_TOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`EVENTBRITE_PRIVATE_TOKEN=${generate.upperAlnum(20)}`, `eventbrite_token: "${generate.upperAlnum(20)}"`],
      ignores: (generate) => [`api_key = ${generate.upperAlnum(20)}`, `EVENTBRITE_PRIVATE_TOKEN=${generate.upperAlnum(10)}`, `EVENTBRITE_PRIVATE_ACCOUNT_ID=${generate.upperAlnum(20)}`],
    },
  }),
];
