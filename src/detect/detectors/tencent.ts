import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Disable and delete the key in the Tencent Cloud CAM console (API keys), check CloudAudit for its use, then use a CAM role or temporary credentials.';

export const tencentDetectors: readonly Detector[] = [
  assignedToken({
    id: 'tencent-secret-key',
    severity: 'critical',
    description: 'Tencent Cloud SecretKey assigned to a tencent/qcloud-named setting',
    keywords: ['tencent', 'qcloud', 'tccli'],
    // Tencent Cloud API keys ("Access key"): the SecretKey is 32 alphanumerics with no marker, so only the setting's name identifies it.
    name: '(?:tencent|qcloud|tccli)[A-Za-z0-9_.-]{0,30}',
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3.8,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`TENCENTCLOUD_SECRET_KEY=${generate.alnum(32)}`, `qcloud.secretKey: "${generate.alnum(32)}"`],
      ignores: (generate) => [`secret_key = ${generate.alnum(32)}`, 'TENCENTCLOUD_REGION=ap-guangzhou'],
    },
  }),
  // Tencent Cloud SecretIds ("Access key"): "AKID" + 32 alphanumerics (36 characters).
  prefixedToken({
    id: 'tencent-secret-id',
    severity: 'critical',
    description: 'Tencent Cloud SecretId (its SecretKey is usually next to it)',
    prefixes: ['AKID'],
    charset: 'A-Za-z0-9',
    length: 32,
    minEntropy: 3.8,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`AKID${generate.alnum(32)}`, `TENCENTCLOUD_SECRET_ID=AKID${generate.alnum(32)}`],
      ignores: (generate) => [`AKID${generate.alnum(20)}`, `AKID${generate.alnum(40)}`],
    },
  }),
];
