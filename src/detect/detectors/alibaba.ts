import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { prefixedToken } from './prefixed-token';

const ROTATE =
  'Disable and delete the AccessKey pair in the RAM console (Users → the user → AccessKey), check ActionTrail for its use, then use a RAM role or STS credentials instead of a stored key.';

export const alibabaDetectors: readonly Detector[] = [
  // Alibaba Cloud RAM AccessKey IDs ("Create an AccessKey pair"): "LTAI" + 12 to 20 alphanumerics.
  prefixedToken({
    id: 'alibaba-access-key-id',
    severity: 'critical',
    description: 'Alibaba Cloud AccessKey ID (its secret is usually next to it)',
    prefixes: ['LTAI'],
    charset: 'A-Za-z0-9',
    length: [12, 20],
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`LTAI5t${generate.alnum(18)}`, `ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI${generate.alnum(12)}`],
      ignores: (generate) => [`LTAI${generate.alnum(8)}`, `LTAI${generate.alnum(30)}`],
    },
  }),
  assignedToken({
    id: 'alibaba-access-key-secret',
    severity: 'critical',
    description: 'Alibaba Cloud AccessKey secret assigned to an alibaba/aliyun-named setting',
    keywords: ['alibaba', 'aliyun', 'alicloud'],
    // Alibaba Cloud AccessKey secrets: 30 alphanumerics with no marker, so only the setting's name identifies them.
    name: '(?:alibaba|aliyun|alicloud)[A-Za-z0-9_.-]{0,30}',
    value: '[A-Za-z0-9]{30}',
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`ALIBABA_CLOUD_ACCESS_KEY_SECRET=${generate.alnum(30)}`, `aliyun.secret: "${generate.alnum(30)}"`],
      ignores: (generate) => [`access_key_secret = ${generate.alnum(30)}`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET=${generate.alnum(20)}`],
    },
  }),
];
