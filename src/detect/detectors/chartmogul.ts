import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const chartmogulDetectors: readonly Detector[] = [
  assignedToken({
    id: 'chartmogul-api-key',
    description: 'ChartMogul API key assigned to a chartmogul-named setting',
    keywords: ['chartmogul'],
    // ChartMogul API keys (dev.chartmogul.com, Basic username): 32 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('chartmogul'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the key in ChartMogul (Profile → API keys), then read a new one from the CHARTMOGUL_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`CHARTMOGUL_API_KEY=${generate.hex(32)}`, `chartmogul_key: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `CHARTMOGUL_API_KEY=${generate.hex(16)}`, `CHARTMOGUL_API_ACCOUNT_ID=${generate.hex(32)}`],
    },
  }),
];
