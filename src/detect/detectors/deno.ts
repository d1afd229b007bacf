import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const denoDetectors: readonly Detector[] = [
  // Deno Deploy access tokens (docs.doppler.com "Deno Deploy": personal tokens begin ddp_, organization tokens ddo_): "ddp_" (personal), "ddo_" (organization) or "ddw_" + 36 alphanumerics; the length and alphabet as trufflehog's detector matches them.
  prefixedToken({
    id: 'deno-deploy-token',
    description: 'Deno Deploy access token',
    prefixes: ['ddp_', 'ddo_', 'ddw_'],
    charset: 'A-Za-z0-9',
    length: 36,
    minEntropy: 3.5,
    fix: 'Delete the token in Deno Deploy (Account or organization Settings → Access Tokens), then read a new one from the DENO_DEPLOY_TOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`ddp_${generate.alnum(36)}`, `DENO_DEPLOY_TOKEN=ddo_${generate.alnum(36)}`],
      ignores: (generate) => [`ddp_${generate.alnum(20)}`, 'DENO_DEPLOY_TOKEN=ddp_<token>'],
    },
  }),
];
