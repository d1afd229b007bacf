import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

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
];
