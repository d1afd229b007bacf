import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Delete the access key in Sumo Logic (Administration → Security → Access Keys), then create a new one and keep it in your secret manager.';

export const sumologicDetectors: readonly Detector[] = [
  assignedToken({
    id: 'sumologic-access-id',
    description: 'Sumo Logic access ID assigned to a sumo-named setting',
    keywords: ['sumo'],
    // Sumo Logic access keys ("Access Keys"): an access ID of "su" + 12 base62 characters, and a 64-character access key; the name must say sumo, as people write it (sumo, Sumo, SUMO).
    name: '(?:[Ss]umo|SUMO)[A-Za-z0-9_.-]{0,30}',
    nameAsWritten: true,
    value: 'su[A-Za-z0-9]{12}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`SUMO_ACCESS_ID=su${generate.alnum(12)}`, `sumo.accessId: "su${generate.alnum(12)}"`],
      ignores: (generate) => [`api_key = su${generate.alnum(12)}`, `SUMO_ACCESS_ID=su${generate.alnum(6)}`],
    },
  }),
  assignedToken({
    id: 'sumologic-access-key',
    description: 'Sumo Logic access key assigned to a sumo-named setting',
    keywords: ['sumo'],
    // Sumo Logic access keys ("Access Keys"): 64 base62 characters beside the access ID; the name must say sumo, as people write it.
    name: '(?:[Ss]umo|SUMO)[A-Za-z0-9_.-]{0,30}',
    nameAsWritten: true,
    value: '[A-Za-z0-9]{64}',
    minEntropy: 4.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`SUMO_ACCESS_KEY=${generate.alnum(64)}`, `sumo.accessKey: "${generate.alnum(64)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(64)}`, `SUMO_ACCESS_KEY=${generate.alnum(30)}`],
    },
  }),
];
