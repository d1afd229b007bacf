import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Revoke the key in Datadog (Organization settings → API keys or Application keys), then read a new one from the environment (DD_API_KEY, DD_APP_KEY) or your secret manager.';

export const datadogDetectors: readonly Detector[] = [
  assignedToken({
    id: 'datadog-api-key',
    description: 'Datadog API key assigned to a datadog/DD API-key setting',
    keywords: ['datadog', 'dd_api', 'dd-api', 'dd.api', 'ddapi'],
    // Datadog API keys ("API and Application Keys"): 32 hex characters with no marker; the agent reads DD_API_KEY.
    name: '(?:datadog[A-Za-z0-9_.-]{0,20}|dd[_.-]?)api[_.-]?key',
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`DD_API_KEY=${generate.hex(32)}`, `datadog.apiKey: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `DD_API_KEY=${generate.hex(20)}`],
    },
  }),
  assignedToken({
    id: 'datadog-application-key',
    description: 'Datadog application key assigned to a datadog/DD app-key setting',
    keywords: ['datadog', 'dd_app', 'dd-app', 'dd.app', 'ddapp'],
    // Datadog application keys: 40 hex characters with no marker; tools read DD_APP_KEY or DD_APPLICATION_KEY.
    name: '(?:datadog[A-Za-z0-9_.-]{0,20}|dd[_.-]?)app(?:lication)?[_.-]?key',
    value: '[a-f0-9]{40}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`DD_APP_KEY=${generate.hex(40)}`, `datadog_application_key = "${generate.hex(40)}"`],
      ignores: (generate) => [`app_key = ${generate.hex(40)}`, `DD_APP_KEY=${generate.hex(32)}`],
    },
  }),
];
