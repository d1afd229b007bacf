import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const uptimerobotDetectors: readonly Detector[] = [
  assignedToken({
    id: 'uptimerobot-api-key',
    description: 'UptimeRobot API key',
    keywords: ['uptimerobot'],
    // UptimeRobot API keys (uptimerobot.com/api "Authentication"): "u" (account), "ur" (read-only) or "m" (monitor) + the id + "-" + 24 hex.
    name: providerSetting('uptimerobot'),
    value: '[um]r?[0-9]{6,10}-[a-f0-9]{24}',
    minEntropy: 3,
    fix: 'Reset the key in UptimeRobot (Integrations & API → API), then read a new one from the environment (UPTIMEROBOT_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`UPTIMEROBOT_API_KEY=u${generate.digits(7)}-${generate.hex(24)}`, `uptimerobot key: u${generate.digits(7)}-${generate.hex(24)}`],
      ignores: (generate) => [`api_key = u${generate.digits(7)}-${generate.hex(24)}`, `UPTIMEROBOT_API_KEY=u${generate.digits(7)}-${generate.hex(10)}`],
    },
  }),
];
