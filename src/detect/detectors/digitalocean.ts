import type { Detector } from '../detector';

const ROTATE = 'Revoke it at https://cloud.digitalocean.com/account/api/tokens (or the OAuth application that issued it), then read a new token from the environment (DIGITALOCEAN_ACCESS_TOKEN) or your secret manager.';

function digitalOceanToken(id: string, prefix: string, description: string): Detector {
  return {
    id,
    description,
    keywords: [prefix],
    // DigitalOcean token formats (2021 announcement): "do" + type letter + "_v1_" + 64 hex characters.
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?<secret>${prefix}[a-f0-9]{64})(?![A-Za-z0-9])`),
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`${prefix}${generate.hex(64)}`, `export DIGITALOCEAN_TOKEN=${prefix}${generate.hex(64)}`],
      ignores: (generate) => [`${prefix}${generate.hex(40)}`, `${prefix}${generate.upperAlnum(64)}`],
    },
  };
}

export const digitaloceanDetectors: readonly Detector[] = [
  digitalOceanToken('digitalocean-oauth-token', 'doo_v1_', 'DigitalOcean OAuth access token'),
  digitalOceanToken('digitalocean-personal-access-token', 'dop_v1_', 'DigitalOcean personal access token'),
  digitalOceanToken('digitalocean-refresh-token', 'dor_v1_', 'DigitalOcean OAuth refresh token'),
];
