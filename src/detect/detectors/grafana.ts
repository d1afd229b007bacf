import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Delete the token in Grafana (Administration → Users and access → Service accounts, or the Cloud Access Policies page), then read a new one from the environment or your secret manager.';

/** Legacy API keys are base64 JSON such as {"k":"<key>","n":"<name>","id":1}. */
function isLegacyKeyJson(key: string): boolean {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(key, 'base64').toString('utf8'));
    return typeof decoded === 'object' && decoded !== null && typeof (decoded as { k?: unknown }).k === 'string';
  } catch {
    return false;
  }
}

function legacyKey(key: string, name: string): string {
  return Buffer.from(JSON.stringify({ k: key, n: name, id: 1 })).toString('base64').replace(/=+$/, '');
}

export const grafanaDetectors: readonly Detector[] = [
  // Legacy Grafana API keys (deprecated for service accounts): base64 of {"k":…}, so they begin "eyJrIjoi".
  prefixedToken({
    id: 'grafana-api-key',
    description: 'Grafana API key (legacy)',
    prefixes: ['eyJrIjoi'],
    charset: 'A-Za-z0-9',
    length: [50, 400],
    notAfter: 'A-Za-z0-9_.-',
    validate: isLegacyKeyJson,
    fix: ROTATE,
    examples: {
      detects: (generate) => [legacyKey(generate.alnum(32), 'ci'), `GRAFANA_API_KEY=${legacyKey(generate.alnum(32), `deploy-${generate.lowerAlnum(4)}`)}`],
      ignores: (generate) => [`eyJrIjoi${generate.alnum(80)}`, `eyJrIjoi${generate.alnum(10)}`],
    },
  }),
  // Grafana Cloud access policy tokens ("Create access policies and tokens"): "glc_" + base64 of a JSON payload.
  prefixedToken({
    id: 'grafana-cloud-token',
    description: 'Grafana Cloud access policy token',
    prefixes: ['glc_'],
    charset: 'A-Za-z0-9+/',
    length: [32, 400],
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`glc_eyJvIjoi${generate.base64(120)}`, `GRAFANA_CLOUD_TOKEN=glc_${generate.base64(140)}==`],
      ignores: (generate) => [`glc_${generate.base64(10)}`, 'GRAFANA_CLOUD_TOKEN=glc_<token>'],
    },
  }),
  {
    id: 'grafana-service-account-token',
    description: 'Grafana service account token',
    keywords: ['glsa_'],
    // Grafana service account tokens ("Service accounts"): "glsa_" + 32 alphanumerics + "_" + an 8-hex checksum.
    pattern: /(?<![A-Za-z0-9_])(?<secret>glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})(?![A-Za-z0-9_])/,
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`glsa_${generate.alnum(32)}_${generate.hex(8)}`, `GRAFANA_TOKEN=glsa_${generate.alnum(32)}_${generate.hex(8)}`],
      ignores: (generate) => [`glsa_${generate.alnum(32)}`, `glsa_${generate.alnum(12)}_${generate.hex(8)}`],
    },
  },
];
