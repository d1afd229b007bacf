import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Revoke the key in Octopus Deploy (Profile → My API keys), then create a new one with an expiry and keep it in your CI secrets.';

/**
 * A random key of uppercase letters and digits holds both, and letters past F: a constant name
 * (API-DOCUMENTATION…) holds no digit, and an uppercase hex ID after "API-" (a page slug) no G–Z.
 */
function mixesLettersAndDigits(secret: string): boolean {
  const body = secret.slice('API-'.length);
  return /[0-9]/.test(body) && /[G-Z]/.test(body);
}

export const octopusdeployDetectors: readonly Detector[] = [
  // Octopus Deploy API keys ("How to create an API key"): "API-" + 26 to 34 uppercase letters and digits.
  prefixedToken({
    id: 'octopusdeploy-api-key',
    description: 'Octopus Deploy API key',
    prefixes: ['API-'],
    charset: 'A-Z0-9',
    length: [26, 34],
    notAfter: 'A-Za-z0-9_/-',
    validate: mixesLettersAndDigits,
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`API-${generate.upperAlnum(26)}`, `OCTOPUS_API_KEY=API-${generate.upperAlnum(28)}`],
      ignores: (generate) => [`API-${generate.upperAlnum(12)}`, `X-API-DOCUMENTATIONOFTHEREQUESTHEADERS`],
    },
  }),
];
