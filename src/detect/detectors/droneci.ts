import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Rotate the token in Drone (User settings → Rotate token), then read it from DRONE_TOKEN in your CI secrets.';

export const droneciDetectors: readonly Detector[] = [
  assignedToken({
    id: 'droneci-access-token',
    description: 'Drone CI personal token assigned to a drone-named setting',
    keywords: ['drone'],
    // Drone personal tokens ("CLI → Authentication", DRONE_TOKEN): 32 base62 characters, so a drone name must precede them.
    name: 'drone[A-Za-z0-9_.-]{0,30}',
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`DRONE_ACCESS_TOKEN=${generate.alnum(32)}`, `drone.accessToken: "${generate.alnum(32)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(32)}`, `DRONE_ACCESS_TOKEN=${generate.alnum(12)}`],
    },
  }),
];
