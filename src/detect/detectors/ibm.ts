import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const ibmDetectors: readonly Detector[] = [
  assignedToken({
    id: 'ibm-cloud-api-key',
    description: 'IBM Cloud API key assigned to an ibm-named setting',
    keywords: ['ibm'],
    // IBM Cloud API keys (cloud.ibm.com/docs/account, IBMCLOUD_API_KEY): 44 URL-safe base64 characters with no marker.
    name: providerSettingName('ibm'),
    value: '[A-Za-z0-9_-]{44}',
    minEntropy: 4,
    fix: 'Revoke the key in IBM (Manage → Access (IAM) → API keys), then read a new one from the IBM_CLOUD_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`IBM_CLOUD_API_KEY=${generate.base64url(44)}`, `ibm_key: "${generate.base64url(44)}"`],
      ignores: (generate) => [`api_key = ${generate.base64url(44)}`, `IBM_CLOUD_API_KEY=${generate.base64url(22)}`, `IBM_CLOUD_API_ACCOUNT_ID=${generate.base64url(44)}`],
    },
  }),
];
