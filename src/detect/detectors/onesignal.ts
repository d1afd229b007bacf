import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { prefixedToken } from './prefixed-token';
import { providerSetting } from './provider-setting';

const ROTATE = 'Delete the key in OneSignal (Settings → Keys & IDs), then read a new one from the environment (ONESIGNAL_REST_API_KEY) or your secret manager.';

export const onesignalDetectors: readonly Detector[] = [
  // OneSignal App and Organization API keys since 2024 ("Keys & IDs"): "os_v2_app_" or "os_v2_org_" + lower-case base32.
  prefixedToken({
    id: 'onesignal-api-key',
    description: 'OneSignal app or organization API key',
    prefixes: ['os_v2_app_', 'os_v2_org_'],
    charset: 'a-z0-9',
    length: [50, 130],
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`os_v2_app_${generate.chars('abcdefghijklmnopqrstuvwxyz234567', 113)}`, `ONESIGNAL_API_KEY="os_v2_org_${generate.chars('abcdefghijklmnopqrstuvwxyz234567', 113)}"`],
      ignores: (generate) => [`os_v2_app_${generate.lowerAlnum(20)}`, 'ONESIGNAL_API_KEY=os_v2_app_...'],
    },
  }),
  assignedToken({
    id: 'onesignal-legacy-api-key',
    description: 'OneSignal legacy REST API key assigned to a OneSignal setting',
    keywords: ['onesignal'],
    // OneSignal legacy REST API and user auth keys: 48 base64 characters with no marker; the app id (a UUID) is public and not reported.
    name: providerSetting('onesignal'),
    value: '[A-Za-z0-9]{48}',
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`ONESIGNAL_REST_API_KEY=${generate.alnum(48)}`, `onesignal key: ${generate.alnum(48)}`],
      ignores: (generate) => [`api_key = ${generate.alnum(48)}`, `ONESIGNAL_APP_ID=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
    },
  }),
];
