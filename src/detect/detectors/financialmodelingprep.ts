import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const financialmodelingprepDetectors: readonly Detector[] = [
  assignedToken({
    id: 'financialmodelingprep-api-key',
    description: 'FinancialModelingPrep API key assigned to a financialmodelingprep-named setting',
    keywords: ['financialmodelingprep', 'fmp_api'],
    // Financial Modeling Prep API keys (site.financialmodelingprep.com/developer/docs, apikey=): 32 alphanumerics with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('financialmodelingprep|fmp_api'),
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3.5,
    fix: 'Revoke the key in FinancialModelingPrep (Dashboard → API Keys), then read a new one from the FMP_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`FMP_API_KEY=${generate.alnum(32)}`, `financialmodelingprep_key: "${generate.alnum(32)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(32)}`, `FMP_API_KEY=${generate.alnum(16)}`, `FMP_API_ACCOUNT_ID=${generate.alnum(32)}`],
    },
  }),
];
