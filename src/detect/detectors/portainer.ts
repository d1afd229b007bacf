import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const portainerDetectors: readonly Detector[] = [
  assignedToken({
    id: 'portainer-access-token',
    description: 'Portainer API access token',
    keywords: ['portainer'],
    // Portainer access tokens (docs.portainer.io "Access tokens"): "ptr_" + about 44 base64 characters, sent as X-API-Key.
    name: providerSetting('portainer'),
    value: 'ptr_[A-Za-z0-9+/_-]{20,60}={0,2}',
    minEntropy: 4,
    fix: 'Remove the token in Portainer (My account → Access tokens), then read a new one from the environment (PORTAINER_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`PORTAINER_API_KEY=ptr_${generate.base64(43)}=`, `portainer token: ptr_${generate.alnum(44)}`],
      ignores: (generate) => [`api_key = ptr_${generate.base64(43)}=`, 'PORTAINER_API_KEY=ptr_...'],
    },
  }),
];
