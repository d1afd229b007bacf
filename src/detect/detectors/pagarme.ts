import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const pagarmeDetectors: readonly Detector[] = [
  // Pagar.me API keys (docs.pagar.me "Chaves de acesso"): "ak_live_" or "ak_test_" + 30 base62.
  prefixedToken({
    id: 'pagarme-api-key',
    description: 'Pagar.me API key',
    prefixes: ['ak_live_', 'ak_test_'],
    charset: 'A-Za-z0-9',
    length: 30,
    minEntropy: 3.5,
    fix: 'Regenerate the key in the Pagar.me dashboard (Configurações → Chaves), then read the new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`ak_live_${generate.alnum(30)}`, `PAGARME_API_KEY=ak_test_${generate.alnum(30)}`],
      ignores: (generate) => [`ak_live_${generate.alnum(12)}`, 'PAGARME_API_KEY=ak_live_...'],
    },
  }),
];
