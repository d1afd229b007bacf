import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Reset the key or delete the token in LaunchDarkly (Account settings → Authorization, or the environment’s SDK key → Reset), then read it from your secret manager.';

export const launchdarklyDetectors: readonly Detector[] = [
  assignedToken({
    id: 'launchdarkly-access-token',
    description: 'LaunchDarkly API access token or server-side SDK key assigned to a launchdarkly-named setting',
    keywords: ['launchdarkly', 'launch_darkly', 'launch-darkly', 'launch.darkly'],
    // LaunchDarkly credentials ("API access tokens", "Keys"): "api-" (API access token) or "sdk-" (server-side SDK key) + a UUID; mobile keys (mob-) and client-side IDs are not secret.
    name: 'launch[_.-]?darkly[A-Za-z0-9_.-]{0,30}',
    value: '(?:api|sdk)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`LAUNCHDARKLY_ACCESS_TOKEN=api-${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `launchdarkly.accessToken: "api-${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}"`],
      ignores: (generate) => [`api_key = api-${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `LAUNCHDARKLY_ACCESS_TOKEN=mob-${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
    },
  }),
];
