import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const denoDetectors: readonly Detector[] = [
  // Deno Deploy access tokens (docs.deno.com "Deploy → Access tokens"): "ddp_" (personal), "ddo_" (organization) or "ddw_" + 36 alphanumerics.
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
