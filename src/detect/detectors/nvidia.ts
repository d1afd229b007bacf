import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { prefixedToken } from './prefixed-token';
import { providerSetting } from './provider-setting';

/** A legacy NGC key is the base64 of a 26-character key id, ":" and a UUID. */
const NGC_KEY_CONTENT = /^[A-Za-z0-9]{26}:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function isNgcKey(secret: string): boolean {
  return NGC_KEY_CONTENT.test(Buffer.from(secret, 'base64').toString('latin1'));
}

function ngcKey(id: string, uuid: string): string {
  return Buffer.from(`${id}:${uuid}`).toString('base64');
}

export const nvidiaDetectors: readonly Detector[] = [
  // NVIDIA API catalog / NIM keys (build.nvidia.com → Get API Key): "nvapi-" + 64 base64url characters.
  prefixedToken({
    id: 'nvidia-api-key',
    description: 'NVIDIA API catalog (NIM) API key',
    prefixes: ['nvapi-'],
    charset: 'A-Za-z0-9_-',
    length: 64,
    minEntropy: 4,
    fix: 'Revoke the key at https://org.ngc.nvidia.com/setup/api-keys, then read a new one from the NVIDIA_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`nvapi-${generate.base64url(64)}`, `NVIDIA_API_KEY="nvapi-${generate.base64url(64)}"`],
      ignores: (generate) => [`nvapi-${generate.base64url(30)}`, 'NVIDIA_API_KEY=nvapi-<your-key>'],
    },
  }),
  assignedToken({
    id: 'nvidia-ngc-api-key',
    description: 'NVIDIA NGC legacy API key assigned to an NGC setting',
    keywords: ['ngc'],
    // NGC legacy API keys (docs.ngc.nvidia.com "Generating your NGC API key"): 84 base64 characters that
    // decode to a 26-character key id, ":" and a UUID; checked by decoding.
    name: providerSetting('ngc'),
    value: '[A-Za-z0-9+/]{84}',
    minEntropy: 4,
    validate: isNgcKey,
    fix: 'Revoke the key at https://org.ngc.nvidia.com/setup/api-keys, then read a new one from the NGC_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [
        `NGC_API_KEY=${ngcKey(generate.alnum(26), `${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`)}`,
        `ngc key: ${ngcKey(generate.alnum(26), `${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`)}`,
      ],
      ignores: (generate) => [`NGC_API_KEY=${generate.alnum(84)}`, `api_key = ${ngcKey(generate.alnum(26), generate.hex(36))}`],
    },
  }),
];
