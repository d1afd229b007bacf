import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Log out that session (oc logout, or delete the OAuthAccessToken object), then use a service account token mounted at run time instead.';

export const openshiftDetectors: readonly Detector[] = [
  // OpenShift 4 OAuth access tokens ("Understanding authentication"): "sha256~" + 43 base64url characters.
  prefixedToken({
    id: 'openshift-user-token',
    description: 'OpenShift OAuth user access token',
    prefixes: ['sha256~'],
    charset: 'A-Za-z0-9_-',
    length: 43,
    notAfter: 'A-Za-z0-9_~-',
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`sha256~${generate.base64url(43)}`, `oc login --token=sha256~${generate.base64url(43)} --server=https://api.cluster.internal:6443`],
      ignores: (generate) => [`sha256~${generate.base64url(20)}`, `sha256:${generate.hex(64)}`],
    },
  }),
];
