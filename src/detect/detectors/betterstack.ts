import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const betterstackDetectors: readonly Detector[] = [
  assignedToken({
    id: 'betterstack-source-token',
    description: 'Better Stack (Logtail) source token assigned to a betterstack- or logtail-named setting',
    keywords: ['betterstack', 'better_stack', 'logtail'],
    // Better Stack (Logtail) source tokens (betterstack.com/docs/logs, Bearer): 24 alphanumerics with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('betterstack|better_stack|logtail'),
    value: '[A-Za-z0-9]{24}',
    minEntropy: 3.5,
    fix: 'Revoke the token in Logtail (Telemetry → Sources → the source → Configure), then read a new one from the LOGTAIL_SOURCE_TOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`LOGTAIL_SOURCE_TOKEN=${generate.alnum(24)}`, `betterstack_token: "${generate.alnum(24)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(24)}`, `LOGTAIL_SOURCE_TOKEN=${generate.alnum(12)}`, `LOGTAIL_SOURCE_ACCOUNT_ID=${generate.alnum(24)}`],
    },
  }),
];
