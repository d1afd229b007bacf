import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const holidayapiDetectors: readonly Detector[] = [
  assignedToken({
    id: 'holidayapi-api-key',
    description: 'Holiday API key assigned to a holidayapi-named setting',
    keywords: ['holidayapi', 'holiday_api'],
    // Holiday API keys (holidayapi.com/docs, key=): a UUID with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('holidayapi|holiday_api'),
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 3,
    fix: 'Revoke the key in HolidayAPI (Dashboard → API Keys), then read a new one from the HOLIDAYAPI_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`HOLIDAYAPI_KEY=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `holidayapi_key: "${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `HOLIDAYAPI_KEY=${generate.hex(16)}`, `HOLIDAYAPI_ACCOUNT_ID=${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
    },
  }),
];
