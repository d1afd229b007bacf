import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const helpscoutDetectors: readonly Detector[] = [
  assignedToken({
    id: 'helpscout-api-key',
    description: 'HelpScout API key assigned to a helpscout-named setting',
    keywords: ['helpscout', 'help_scout'],
    // Help Scout API keys (developer.helpscout.com): 40 lower-case alphanumerics with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('helpscout|help_scout'),
    value: '[a-z0-9]{40}',
    minEntropy: 3.5,
    fix: 'Revoke the key in HelpScout (Your Profile → Authentication → API Keys), then read a new one from the HELPSCOUT_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`HELPSCOUT_API_KEY=${generate.lowerAlnum(40)}`, `helpscout_key: "${generate.lowerAlnum(40)}"`],
      ignores: (generate) => [`api_key = ${generate.lowerAlnum(40)}`, `HELPSCOUT_API_KEY=${generate.lowerAlnum(20)}`, `HELPSCOUT_API_ACCOUNT_ID=${generate.lowerAlnum(40)}`],
    },
  }),
];
