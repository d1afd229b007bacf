import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { prefixedToken } from './prefixed-token';
import { providerSettingName } from './provider-setting';

const ROTATE = 'Delete the key in ElevenLabs (Developers → API Keys), then read a new one from the ELEVENLABS_API_KEY environment variable or your secret manager.';

export const elevenlabsDetectors: readonly Detector[] = [
  // ElevenLabs API keys since 2024 (elevenlabs.io/docs, sent as xi-api-key): "sk_" + 48 lower-case hex; the length and alphabet as trufflehog's detector matches them.
  prefixedToken({
    id: 'elevenlabs-api-key',
    description: 'ElevenLabs API key',
    prefixes: ['sk_'],
    charset: 'a-f0-9',
    length: 48,
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`sk_${generate.hex(48)}`, `xi-api-key: sk_${generate.hex(48)}`],
      ignores: (generate) => [`sk_${generate.hex(32)}`, `sk_live_${generate.hex(48)}`],
    },
  }),
  assignedToken({
    id: 'elevenlabs-legacy-api-key',
    description: 'ElevenLabs API key from before 2024 assigned to an elevenlabs-named setting or the xi-api-key header',
    keywords: ['elevenlabs', 'xi-api-key', 'xi_api_key'],
    // ElevenLabs API keys created before 2024 (elevenlabs.io/docs): 32 lower-case hex characters with no marker, sent as xi-api-key; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('elevenlabs|xi[_-]api[_-]key'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`ELEVENLABS_API_KEY=${generate.hex(32)}`, `elevenlabs_key: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `ELEVENLABS_API_KEY=${generate.hex(16)}`, `ELEVENLABS_VOICE_ID=${generate.hex(32)}`],
    },
  }),
];
