import type { Detector } from '../detector';
import { ASSIGNMENT, assignedValue } from './assigned-value';
import { prefixedToken } from './prefixed-token';

const ROTATE =
  'Deactivate and delete the access key in the IAM console (user → Security credentials) and check CloudTrail for its use; then use an IAM role, IAM Identity Center (aws sso login) or ~/.aws/credentials outside the repository.';

/** A short-term Bedrock key built the way the token generator builds one: base64 of a presigned URL. */
function bedrockShortTermKey(accessKey: string, signature: string): string {
  const url = `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA${accessKey}%2F20250101%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Expires=43200&X-Amz-Signature=${signature}&Version=1`;
  return `bedrock-api-key-${Buffer.from(url).toString('base64')}`;
}

const SECRET_KEY_NAME = '(?:aws[_-]?secret(?:[_-]?(?:access[_-]?)?key)?|secret[_-]?access[_-]?key)';

export const awsDetectors: readonly Detector[] = [
  {
    id: 'aws-access-key-id',
    severity: 'critical',
    description: 'AWS access key ID (long-term, temporary STS, bearer or context-specific)',
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    // IAM User Guide, "Unique identifier prefixes": 4-character type prefix + 16 upper-case characters (AKIA, ASIA, ABIA, ACCA; A3T on older keys).
    pattern: /(?<![A-Za-z0-9])(?<secret>(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16})(?![A-Za-z0-9])/,
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [
        `AKIA${generate.upperAlnum(16)}`,
        `aws_access_key_id = ASIA${generate.upperAlnum(16)}`,
        `"AccessKeyId": "ABIA${generate.upperAlnum(16)}"`,
        `ACCA${generate.upperAlnum(16)}`,
        `A3T${generate.upperAlnum(17)}`,
      ],
      ignores: (generate) => [
        // The documentation's example key.
        'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
        // Too short, and embedded in a longer identifier.
        `AKIA${generate.upperAlnum(12)}`,
        `AKIA${generate.upperAlnum(24)}`,
        // Group and role IDs share the shape but are not credentials.
        `AGPA${generate.upperAlnum(16)}`,
      ],
    },
  },
  {
    id: 'aws-secret-access-key',
    severity: 'critical',
    description: 'AWS secret access key assigned to an aws_secret_access_key-style name',
    keywords: ['aws_secret', 'aws-secret', 'awssecret', 'secret_access', 'secret-access', 'secretaccess'],
    // IAM User Guide, "Managing access keys": the secret is 40 base64 characters with no marker, so only its name identifies it;
    // the AWS CLI's `aws configure set aws_secret_access_key <value>` separates them with a space.
    pattern: new RegExp(
      `(?:${SECRET_KEY_NAME}${ASSIGNMENT}|configure set aws_secret_access_key[ \\t]{1,8}["']?)(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
      'i',
    ),
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [
        `aws_secret_access_key = ${generate.base64(40)}`,
        `AWS_SECRET_ACCESS_KEY="${generate.base64(40)}"`,
        `"SecretAccessKey": "${generate.base64(40)}",`,
        `awsSecretKey: '${generate.base64(40)}'`,
        `aws configure set aws_secret_access_key ${generate.base64(40)} --profile ci`,
      ],
      ignores: (generate) => [
        // The documentation's example secret.
        'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        // 40 characters under an unrelated name.
        `checksum = ${generate.base64(40)}`,
        `aws_secret_access_key = ${generate.base64(30)}`,
        'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}',
        'aws configure set aws_secret_access_key "$AWS_SECRET_ACCESS_KEY" --profile ci',
      ],
    },
  },
  {
    id: 'aws-session-token',
    description: 'AWS temporary session token assigned to an aws_session_token-style name',
    keywords: ['aws_session', 'aws-session', 'awssession'],
    // IAM User Guide, "Temporary security credentials": a long base64 blob (hundreds of characters) without a marker.
    pattern: new RegExp(`${assignedValue('aws[_-]?session[_-]?token', '[A-Za-z0-9/+]{100,2000}={0,2}')}(?![A-Za-z0-9/+=])`, 'i'),
    minEntropy: 4,
    fix: 'Session tokens expire, but revoke the role session now (IAM console → role → Revoke active sessions) and keep temporary credentials in the environment, never in files.',
    examples: {
      detects: (generate) => [
        `aws_session_token = IQoJb3JpZ2luX2Vj${generate.base64(360)}`,
        `AWS_SESSION_TOKEN="FwoGZXIvYXdz${generate.base64(300)}=="`,
      ],
      ignores: (generate) => [
        `aws_session_token = ${generate.base64(60)}`,
        // A session token of some other system.
        `session_token = ${generate.base64(200)}`,
      ],
    },
  },
  // Amazon Bedrock API keys (User Guide, "Generate Amazon Bedrock API keys"): long-term keys are "ABSK" + the base64 of "BedrockAPIKey-…", 113 to 273 characters.
  prefixedToken({
    id: 'aws-bedrock-api-key',
    description: 'Amazon Bedrock long-term API key',
    prefixes: ['ABSK'],
    charset: 'A-Za-z0-9+/',
    length: [109, 269],
    notAfter: 'A-Za-z0-9+/',
    minEntropy: 4,
    fix: 'Delete the key in the IAM console (Users → the Bedrock service user → Security credentials → API keys for Amazon Bedrock), then use short-term keys or IAM roles instead of a stored key.',
    examples: {
      detects: (generate) => [`ABSKQmVkcm9ja0FQSUtleS${generate.base64(110)}`, `AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS${generate.base64(128)}=`],
      ignores: (generate) => [`ABSK${generate.base64(40)}`, `ABSK${generate.base64(300)}`],
    },
  }),
  {
    id: 'aws-mws-auth-token',
    description: 'Amazon Marketplace Web Service (MWS) auth token',
    keywords: ['amzn.mws.'],
    // Amazon MWS developer guide, "MWSAuthToken": "amzn.mws." + a UUID.
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    fix: 'Revoke the developer’s access in Seller Central (Settings → User Permissions → Manage your apps), then keep the new auth token in your secret manager.',
    examples: {
      detects: (generate) => [
        `amzn.mws.${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`,
        `MWS_AUTH_TOKEN=amzn.mws.${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`,
      ],
      ignores: (generate) => [`amzn.mws.${generate.hex(8)}`, 'MWSAuthToken: amzn.mws.<token>'],
    },
  },
  {
    id: 'aws-bedrock-short-term-api-key',
    description: 'Amazon Bedrock short-term API key (a presigned bearer token, valid up to 12 hours)',
    keywords: ['bedrock-api-key-'],
    // Amazon Bedrock short-term API keys ("Generate Amazon Bedrock API keys"): "bedrock-api-key-" + base64 of a SigV4-presigned "bedrock.amazonaws.com/?Action=CallWithBearerToken&…" URL.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{100,4000}={0,2})(?![A-Za-z0-9+/=])/,
    minEntropy: 4,
    fix: 'Revoke the session that signed it (it also expires within 12 hours), then generate short-term keys at run time from an IAM role instead of committing one.',
    examples: {
      detects: (generate) => [bedrockShortTermKey(generate.upperAlnum(20), generate.hex(64)), `AWS_BEARER_TOKEN_BEDROCK=${bedrockShortTermKey(generate.upperAlnum(20), generate.hex(64))}`],
      ignores: (generate) => ['bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t', `bedrock-api-key-${generate.base64(200)}`],
    },
  },
];
