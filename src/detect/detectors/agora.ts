import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const agoraDetectors: readonly Detector[] = [
  assignedToken({
    id: 'agora-app-certificate',
    description: 'Agora app certificate assigned to an agora-named setting',
    keywords: ['agora'],
    // Agora App Certificates (docs.agora.io): 32 hex characters with no marker; the App ID beside it has the same shape and is public; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('agora'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the certificate in Agora (Console → the project → Security), then read a new one from the AGORA_APP_CERTIFICATE environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`AGORA_APP_CERTIFICATE=${generate.hex(32)}`, `agora_secret: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `AGORA_APP_CERTIFICATE=${generate.hex(16)}`, `AGORA_APP_ACCOUNT_ID=${generate.hex(32)}`],
    },
  }),
];
