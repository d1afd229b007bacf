import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Delete the key in the Defined Networking admin panel (API Keys), then create a new one scoped to what the tool needs and keep it in your secret manager.';

/** The two random parts of the key are joined by a dash after the first 26 characters. */
function hasDashAfterFirstPart(secret: string): boolean {
  return secret.charAt('dnkey-'.length + 26) === '-';
}

export const definednetworkingDetectors: readonly Detector[] = [
  // Defined Networking API keys ("API → Authentication"): "dnkey-" + 26 characters + "-" + 52 characters, each of [A-Za-z0-9_=-].
  prefixedToken({
    id: 'definednetworking-api-token',
    description: 'Defined Networking (Managed Nebula) API key',
    prefixes: ['dnkey-'],
    charset: 'A-Za-z0-9_=-',
    length: 79,
    validate: hasDashAfterFirstPart,
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`dnkey-${generate.alnum(26)}-${generate.alnum(52)}`, `DN_API_KEY=dnkey-${generate.base64url(26)}-${generate.base64url(52)}`],
      ignores: (generate) => [`dnkey-${generate.alnum(79)}`, `dnkey-${generate.alnum(26)}-${generate.alnum(20)}`],
    },
  }),
];
