import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Delete the key in the ClickHouse Cloud console (Organization → API Keys) and create a new one; keep it in the environment or your secret manager.';

/** The secret is base62: a hex string of the same length (a hash) holds no capitals. */
function hasMixedCase(secret: string): boolean {
  return /[A-Z]/.test(secret.slice(4)) && /[a-z]/.test(secret.slice(4));
}

export const clickhouseDetectors: readonly Detector[] = [
  // ClickHouse Cloud API key secrets (GitHub secret scanning partner "clickhouse_cloud_api_secret_key"): "4b1d" + 38 base62 characters.
  prefixedToken({
    id: 'clickhouse-cloud-api-secret',
    description: 'ClickHouse Cloud API key secret',
    prefixes: ['4b1d'],
    charset: 'A-Za-z0-9',
    length: 38,
    validate: hasMixedCase,
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`4b1d${generate.alnum(38)}`, `CLICKHOUSE_KEY_SECRET=4b1d${generate.alnum(38)}`],
      ignores: (generate) => [`4b1d${generate.hex(38)}`, `4b1d${generate.alnum(20)}`],
    },
  }),
];
