import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const browserstackDetectors: readonly Detector[] = [
  assignedToken({
    id: 'browserstack-access-key',
    description: 'BrowserStack access key assigned to a browserstack-named setting',
    keywords: ['browserstack'],
    // BrowserStack access keys (browserstack.com/docs, BROWSERSTACK_ACCESS_KEY): 20 alphanumerics with no marker, beside the username; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('browserstack'),
    value: '[A-Za-z0-9]{20}',
    minEntropy: 3.5,
    fix: 'Revoke the key in BrowserStack (Account → Settings → Access Key: regenerate), then read a new one from the BROWSERSTACK_ACCESS_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`BROWSERSTACK_ACCESS_KEY=${generate.alnum(20)}`, `browserstack_key: "${generate.alnum(20)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(20)}`, `BROWSERSTACK_ACCESS_KEY=${generate.alnum(10)}`, `BROWSERSTACK_USERNAME=${generate.alnum(20)}`],
    },
  }),
];
