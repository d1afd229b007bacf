import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const databricksDetectors: readonly Detector[] = [
  // Databricks personal access tokens ("Authentication for Databricks automation"): "dapi" + 32 hex, sometimes followed by "-<digit>".
  prefixedToken({
    id: 'databricks-access-token',
    description: 'Databricks personal access token',
    prefixes: ['dapi'],
    charset: 'a-f0-9',
    length: 32,
    minEntropy: 3,
    fix: 'Revoke the token in the workspace (Settings → Developer → Access tokens), then use OAuth machine-to-machine credentials or a CI secret.',
    examples: {
      detects: (generate) => [`dapi${generate.hex(32)}`, `DATABRICKS_TOKEN=dapi${generate.hex(32)}-2`],
      ignores: (generate) => [`dapi${generate.hex(20)}`, `rapid_api${generate.hex(32)}`],
    },
  }),
];
