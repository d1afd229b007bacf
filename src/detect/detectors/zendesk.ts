import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Deactivate and delete the token in Zendesk Admin Center (Apps and integrations → Zendesk API), then read a new one from your secret manager.';

export const zendeskDetectors: readonly Detector[] = [
  assignedToken({
    id: 'zendesk-api-token',
    description: 'Zendesk API token assigned to a zendesk-named setting',
    keywords: ['zendesk'],
    // Zendesk API tokens ("Managing access to the Zendesk API"): 40 base62 characters, used with "<email>/token"; a zendesk name must precede them.
    name: 'zendesk[A-Za-z0-9_.-]{0,30}',
    value: '[A-Za-z0-9]{40}',
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`ZENDESK_API_TOKEN=${generate.alnum(40)}`, `zendesk.apiToken: "${generate.alnum(40)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(40)}`, `ZENDESK_API_TOKEN=${generate.alnum(20)}`],
    },
  }),
];
