import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const openweatherDetectors: readonly Detector[] = [
  assignedToken({
    id: 'openweather-api-key',
    description: 'OpenWeather (OpenWeatherMap) API key',
    keywords: ['openweather'],
    // OpenWeather API keys (openweathermap.org/appid): 32 hex characters.
    name: providerSetting('openweather'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Delete the key at https://home.openweathermap.org/api_keys, then read a new one from the environment (OPENWEATHERMAP_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`OPENWEATHERMAP_API_KEY=${generate.hex(32)}`, `openweather key: ${generate.hex(32)}`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `OPENWEATHERMAP_API_KEY=${generate.hex(16)}`],
    },
  }),
];
