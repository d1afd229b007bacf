import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const clearbitDetectors: readonly Detector[] = [
  assignedToken({
    id: 'clearbit-secret-key',
    description: 'Clearbit secret key assigned to a clearbit-named setting',
    keywords: ['clearbit'],
    // Clearbit secret API keys (dashboard.clearbit.com/docs): "sk_" + 32 hex, a shape other services share, so a clearbit name must precede it; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('clearbit'),
    value: 'sk_[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the key in Clearbit (Dashboard → API), then read a new one from the CLEARBIT_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`CLEARBIT_API_KEY=sk_${generate.hex(32)}`, `clearbit_key: "sk_${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = sk_${generate.hex(32)}`, `CLEARBIT_API_KEY=sk_${generate.hex(16)}`, `CLEARBIT_API_ACCOUNT_ID=sk_${generate.hex(32)}`],
    },
  }),
];
