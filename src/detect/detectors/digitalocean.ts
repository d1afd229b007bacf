import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Revoke it at https://cloud.digitalocean.com/account/api/tokens (or the OAuth application that issued it), then read a new token from the environment (DIGITALOCEAN_ACCESS_TOKEN) or your secret manager.';

function digitalOceanToken(id: string, prefix: string, description: string): Detector {
  // DigitalOcean token formats (2021 announcement): "do" + type letter + "_v1_" + 64 hex characters.
  return prefixedToken({
    id,
    description,
    prefixes: [prefix],
    charset: 'a-f0-9',
    length: 64,
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`${prefix}${generate.hex(64)}`, `export DIGITALOCEAN_TOKEN=${prefix}${generate.hex(64)}`],
      ignores: (generate) => [`${prefix}${generate.hex(40)}`, `${prefix}${generate.upperAlnum(64)}`],
    },
  });
}

export const digitaloceanDetectors: readonly Detector[] = [
  digitalOceanToken('digitalocean-oauth-token', 'doo_v1_', 'DigitalOcean OAuth access token'),
  digitalOceanToken('digitalocean-personal-access-token', 'dop_v1_', 'DigitalOcean personal access token'),
  digitalOceanToken('digitalocean-refresh-token', 'dor_v1_', 'DigitalOcean OAuth refresh token'),
];
