import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

export const pagerdutyDetectors: readonly Detector[] = [
  assignedToken({
    id: 'pagerduty-api-key',
    description: 'PagerDuty REST API key or Events integration key assigned to a pagerduty-named setting',
    keywords: ['pagerduty'],
    // PagerDuty REST API keys ("API access keys") are 20 characters (user tokens start "u+"); Events API v2 integration keys 32 hex; neither has a marker.
    name: 'pagerduty[A-Za-z0-9_.-]{0,30}',
    value: '[A-Za-z0-9_+-]{20,32}',
    minEntropy: 3,
    fix: 'Delete the key in PagerDuty (Integrations → API access keys, or the service’s integration → regenerate), then read a new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`PAGERDUTY_API_KEY=u+${generate.base64url(18)}`, `pagerduty_integration_key: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = u+${generate.base64url(18)}`, `PAGERDUTY_SERVICE_ID=P${generate.upperAlnum(6)}`],
    },
  }),
];
