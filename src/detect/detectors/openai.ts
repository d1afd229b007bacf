import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

/** "OpenAI" in base64; every issued key carries it between its two random halves. */
const MARKER = 'T3BlbkFJ';

const ROTATE = 'Revoke the key at https://platform.openai.com/api-keys (admin keys: Organization settings → Admin keys), then read a new one from the OPENAI_API_KEY environment variable or your secret manager.';

function hasMarker(key: string): boolean {
  return key.includes(MARKER);
}

function prefixedKey(id: string, prefix: string, description: string): Detector {
  // OpenAI project, service-account and admin keys: prefix + base64url halves around the T3BlbkFJ marker (about 160 characters in all).
  return prefixedToken({
    id,
    description,
    prefixes: [prefix],
    charset: 'A-Za-z0-9_-',
    length: [40, 250],
    notAfter: 'A-Za-z0-9_-',
    validate: hasMarker,
    fix: ROTATE,
    examples: {
      detects: (generate) => [
        `${prefix}${generate.base64url(74)}${MARKER}${generate.base64url(74)}`,
        `OPENAI_API_KEY="${prefix}${generate.base64url(58)}${MARKER}${generate.base64url(58)}"`,
      ],
      ignores: (generate) => [`${prefix}${generate.base64url(120)}`, `${prefix}${generate.base64url(10)}${MARKER}`],
    },
  });
}

export const openaiDetectors: readonly Detector[] = [
  prefixedKey('openai-admin-key', 'sk-admin-', 'OpenAI admin API key'),
  {
    id: 'openai-legacy-key',
    description: 'OpenAI user API key (legacy format)',
    keywords: [MARKER.toLowerCase()],
    // Legacy OpenAI keys: "sk-" + 20 base62 + T3BlbkFJ + 20 base62 (51 characters).
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>sk-[A-Za-z0-9]{20}${MARKER}[A-Za-z0-9]{20})(?![A-Za-z0-9_-])`),
    fix: ROTATE,
    examples: {
      detects: (generate) => [`sk-${generate.alnum(20)}${MARKER}${generate.alnum(20)}`, `openai.api_key = 'sk-${generate.alnum(20)}${MARKER}${generate.alnum(20)}'`],
      ignores: (generate) => [`sk-${generate.alnum(48)}`, `sk-${generate.alnum(10)}${MARKER}${generate.alnum(10)}`],
    },
  },
  prefixedKey('openai-project-key', 'sk-proj-', 'OpenAI project API key'),
  prefixedKey('openai-service-account-key', 'sk-svcacct-', 'OpenAI service account API key'),
];
