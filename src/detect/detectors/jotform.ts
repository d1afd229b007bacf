import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const jotformDetectors: readonly Detector[] = [
  assignedToken({
    id: 'jotform-api-key',
    description: 'Jotform API key assigned to a jotform-named setting',
    keywords: ['jotform'],
    // Jotform API keys (api.jotform.com/docs, APIKEY header): 32 lower-case alphanumerics with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('jotform'),
    value: '[a-z0-9]{32}',
    minEntropy: 3.5,
    fix: 'Revoke the key in Jotform (Settings → API), then read a new one from the JOTFORM_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`JOTFORM_API_KEY=${generate.lowerAlnum(32)}`, `jotform_key: "${generate.lowerAlnum(32)}"`],
      ignores: (generate) => [`api_key = ${generate.lowerAlnum(32)}`, `JOTFORM_API_KEY=${generate.lowerAlnum(16)}`, `JOTFORM_API_ACCOUNT_ID=${generate.lowerAlnum(32)}`],
    },
  }),
];
