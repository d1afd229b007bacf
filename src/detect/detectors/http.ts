import type { Detector, SampleGenerator } from '../detector';
import { basicCredentials, encodesLogin } from '../basic-login';
import { isLiteralValue } from './assigned-value';

/**
 * Between the header name and its value: `Authorization: …` (HTTP, YAML), `"Authorization": "…"`
 * (JSON, objects) and `("Authorization", "…")` (setHeader-style calls), with optional quotes.
 */
const HEADER = 'authorization["\'`]?[ \\t]{0,8}[:=,][=>]?[ \\t]{0,8}["\'`]?';

function randomLogin(generate: SampleGenerator): string {
  return basicCredentials(`svc-${generate.lowerAlnum(6)}`, `${generate.alnum(14)}${generate.digits(2)}`);
}

export const httpDetectors: readonly Detector[] = [
  {
    id: 'http-basic-auth',
    description: 'HTTP Basic credentials (user name and password) in an Authorization header',
    keywords: ['authorization'],
    // RFC 7617 "Basic" scheme: "Authorization: Basic <base64 of user-id:password>".
    pattern: new RegExp(`${HEADER}basic[ \\t]{1,4}(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])`, 'i'),
    validate: encodesLogin,
    fix: 'Change the password of the account the header logs in as, then build the header at run time from credentials in the environment or your secret manager.',
    examples: {
      detects: (generate) => [`Authorization: Basic ${randomLogin(generate)}`, `curl -H "Authorization: Basic ${randomLogin(generate)}" https://registry.internal/v2/`],
      ignores: (generate) => [
        `Authorization: Basic ${basicCredentials('user', 'password')}`,
        `Authorization: Basic ${basicCredentials('tester', 'tester')}`,
        'Authorization: Basic <base64 of user:password>',
        // Not the base64 of a login.
        `Authorization: Basic ${generate.base64(40)}`,
        `"Authorization": "Basic " + btoa(user + ":" + password)`,
      ],
    },
  },
  {
    id: 'http-bearer-token',
    description: 'High-entropy bearer token in an Authorization header',
    keywords: ['authorization'],
    // RFC 6750 §2.1: "Authorization: Bearer <b64token>" (letters, digits and -._~+/ with trailing "="); no provider format, so an entropy floor.
    pattern: new RegExp(`${HEADER}bearer[ \\t]{1,4}(?<secret>[A-Za-z0-9._~+/-]{20,1000}={0,2})(?![A-Za-z0-9._~+/=-])`, 'i'),
    minEntropy: 3.5,
    validate: isLiteralValue,
    isGeneric: true,
    fix: 'Revoke the token at the service that issued it, then obtain it at run time (OAuth client credentials, a CI secret, your secret manager) instead of writing it into code.',
    examples: {
      detects: (generate) => [`Authorization: Bearer ${generate.base64url(40)}`, `curl -H "Authorization: Bearer ${generate.alnum(32)}" https://api.internal/v1/items`],
      ignores: () => [
        'Authorization: Bearer ${API_TOKEN}',
        'Authorization: Bearer <token>',
        '"Authorization": "Bearer " + token',
        'Authorization: Bearer abcdefghijklmnopqrstuvwxyz',
        "headers: { Authorization: 'Bearer process.env.SERVICE_TOKEN' }",
      ],
    },
  },
];
