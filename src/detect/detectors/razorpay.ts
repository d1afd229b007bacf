import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const razorpayDetectors: readonly Detector[] = [
  assignedToken({
    id: 'razorpay-key-secret',
    description: 'Razorpay API key secret',
    keywords: ['razorpay'],
    // Razorpay API keys (razorpay.com/docs "API keys"): a key id "rzp_live_"/"rzp_test_" + 14 base62 and a 24-character base62 key secret.
    name: providerSetting('razorpay', 'secret'),
    value: '[A-Za-z0-9]{24}',
    minEntropy: 3,
    fix: 'Regenerate the key in the Razorpay dashboard (Account & Settings → API keys), then read a new one from the environment (RAZORPAY_KEY_SECRET) or your secret manager.',
    examples: {
      detects: (generate) => [`RAZORPAY_KEY_SECRET=${generate.alnum(24)}`, `razorpay secret: ${generate.alnum(24)}`],
      ignores: (generate) => [`api_key = ${generate.alnum(24)}`, `RAZORPAY_KEY_SECRET=${generate.alnum(12)}`],
    },
  }),
];
