import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Revoke the token in the Doppler dashboard (Tokens, or the config’s Access tab for service tokens), then let CI authenticate with a service account identity (OIDC) or a secret variable.';

/** Doppler tokens (docs.doppler.com "API → Authentication"): "dp." + a type code + "." + 40 to 44 alphanumerics. */
function dopplerToken(id: string, prefix: string, description: string): Detector {
  // Doppler token prefixes: dp.pt. personal, dp.ct. CLI, dp.sa. service account, dp.scim. SCIM, dp.audit. audit.
  return prefixedToken({
    id,
    description,
    prefixes: [prefix],
    charset: 'A-Za-z0-9',
    length: [40, 44],
    notAfter: 'A-Za-z0-9_.-',
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`${prefix}${generate.alnum(43)}`, `DOPPLER_TOKEN=${prefix}${generate.alnum(43)}`],
      ignores: (generate) => [`${prefix}${generate.alnum(20)}`, `DOPPLER_TOKEN=${prefix}<token>`],
    },
  });
}

export const dopplerDetectors: readonly Detector[] = [
  dopplerToken('doppler-audit-token', 'dp.audit.', 'Doppler audit token'),
  dopplerToken('doppler-cli-token', 'dp.ct.', 'Doppler CLI token'),
  dopplerToken('doppler-personal-token', 'dp.pt.', 'Doppler personal token'),
  dopplerToken('doppler-scim-token', 'dp.scim.', 'Doppler SCIM token'),
  dopplerToken('doppler-service-account-token', 'dp.sa.', 'Doppler service account token'),
  {
    id: 'doppler-service-token',
    description: 'Doppler service token (read access to one config)',
    keywords: ['dp.st.'],
    // Doppler service tokens: "dp.st." + an optional environment slug and "." + 40 to 44 alphanumerics.
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>dp\.st\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44})(?![A-Za-z0-9])/,
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`dp.st.prd.${generate.alnum(43)}`, `DOPPLER_TOKEN="dp.st.${generate.alnum(43)}"`],
      ignores: (generate) => [`dp.st.prd.${generate.alnum(12)}`, 'DOPPLER_TOKEN=dp.st.<token>'],
    },
  },
];
