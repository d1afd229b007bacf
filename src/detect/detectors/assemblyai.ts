import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const assemblyaiDetectors: readonly Detector[] = [
  assignedToken({
    id: 'assemblyai-api-key',
    description: 'AssemblyAI API key assigned to an assemblyai-named setting',
    keywords: ['assemblyai'],
    // AssemblyAI API keys (assemblyai.com/docs, the Authorization header): 32 lower-case hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('assemblyai'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the key in AssemblyAI (Dashboard → API Keys), then read a new one from the ASSEMBLYAI_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`ASSEMBLYAI_API_KEY=${generate.hex(32)}`, `assemblyai_key: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `ASSEMBLYAI_API_KEY=${generate.hex(16)}`, `ASSEMBLYAI_API_ACCOUNT_ID=${generate.hex(32)}`],
    },
  }),
];
