import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { prefixedToken } from './prefixed-token';

const NAME = 'yandex[A-Za-z0-9_.-]{0,30}';

export const yandexDetectors: readonly Detector[] = [
  // Yandex Cloud API keys ("API key"): "AQVN" + 35 to 38 base64url characters.
  prefixedToken({
    id: 'yandex-cloud-api-key',
    description: 'Yandex Cloud API key',
    prefixes: ['AQVN'],
    charset: 'A-Za-z0-9_-',
    length: [35, 38],
    notAfter: 'A-Za-z0-9_-',
    minEntropy: 4,
    fix: 'Delete the API key in the Yandex Cloud console (the service account → API keys), then read a new one from your secret manager (Lockbox).',
    examples: {
      detects: (generate) => [`AQVN${generate.base64url(36)}`, `YC_API_KEY=AQVN${generate.base64url(38)}`],
      ignores: (generate) => [`AQVN${generate.base64url(20)}`, `AQVN${generate.base64url(50)}`],
    },
  }),
  assignedToken({
    id: 'yandex-cloud-iam-token',
    description: 'Yandex Cloud IAM token assigned to a yandex-named setting',
    keywords: ['yandex'],
    // Yandex Cloud IAM tokens ("IAM token"): "t1." + a base64url part + "." + 86 base64url characters; valid for up to 12 hours.
    name: NAME,
    value: 't1\\.[A-Za-z0-9_-]{10,200}={0,2}\\.[A-Za-z0-9_-]{86}={0,2}',
    minEntropy: 4,
    fix: 'IAM tokens expire within 12 hours, but revoke it now (yc iam revoke-token) and let the application obtain tokens from the metadata service or a service account key in Lockbox.',
    examples: {
      detects: (generate) => [`YANDEX_IAM_TOKEN=t1.${generate.base64url(60)}.${generate.base64url(86)}`],
      ignores: (generate) => [`token = t1.${generate.base64url(60)}.${generate.base64url(86)}`, `YANDEX_IAM_TOKEN=t1.${generate.base64url(60)}.${generate.base64url(20)}`],
    },
  }),
  assignedToken({
    id: 'yandex-cloud-static-key-secret',
    severity: 'critical',
    description: 'Yandex Cloud static access key secret (S3-compatible) assigned to a yandex-named setting',
    keywords: ['yandex'],
    // Yandex Cloud static access keys ("Static access keys"): the secret is "YC" + 38 base64url characters; "YC" is too short to stand alone.
    name: NAME,
    value: 'YC[A-Za-z0-9_-]{38}',
    minEntropy: 4,
    fix: 'Delete the static access key in the Yandex Cloud console (the service account → Static access keys), then read a new one from Lockbox or the environment.',
    examples: {
      detects: (generate) => [`YANDEX_SECRET_ACCESS_KEY=YC${generate.base64url(38)}`, `yandex_storage_secret_key: "YC${generate.base64url(38)}"`],
      ignores: (generate) => [`storage_secret_key = YC${generate.base64url(38)}`, `YANDEX_SECRET_ACCESS_KEY=YC${generate.base64url(20)}`],
    },
  }),
];
