import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const clickupDetectors: readonly Detector[] = [
  // ClickUp personal API tokens (developer.clickup.com "Authentication"): "pk_" + the user id (7 to 9 digits) + "_" + 32 upper-case alphanumerics.
  prefixedToken({
    id: 'clickup-personal-token',
    description: 'ClickUp personal API token',
    prefixes: ['pk_'],
    charset: 'A-Z0-9_',
    length: [40, 42],
    minEntropy: 3,
    validate: (secret) => /^pk_[0-9]{7,9}_[0-9A-Z]{32}$/.test(secret),
    fix: 'Regenerate the token in ClickUp (Settings → Apps → API Token), then read it from the environment (CLICKUP_API_TOKEN) or your secret manager.',
    examples: {
      detects: (generate) => [`pk_${generate.digits(8)}_${generate.upperAlnum(32)}`, `CLICKUP_API_TOKEN=pk_${generate.digits(9)}_${generate.upperAlnum(32)}`],
      ignores: (generate) => [`pk_${generate.upperAlnum(41)}`, `pk_${generate.digits(8)}_${generate.upperAlnum(16)}`],
    },
  }),
];
