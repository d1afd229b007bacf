import type { Detector, SampleGenerator } from '../detector';
import { basicCredentials, encodesLogin } from '../basic-login';
import { isLiteralValue } from './assigned-value';

/**
 * Between the header name and its value: `Authorization: …` (HTTP, YAML), `"Authorization": "…"`
 * (JSON, objects) and `("Authorization", "…")` (setHeader-style calls), with optional quotes.
 */
const HEADER = 'authorization["\'`]?[ \\t]{0,8}[:=,][=>]?[ \\t]{0,8}["\'`]?';

/**
 * Schemes that carry no reusable secret of their own, or have their own rule: Basic and Bearer (above),
 * Digest's and AWS Signature's per-request hashes, Negotiate's and NTLM's per-connection handshakes.
 */
const OTHER_SCHEMES = new Set(['authorization', 'basic', 'bearer', 'digest', 'negotiate', 'ntlm', 'aws4-hmac-sha256', 'hoba', 'mutual']);
/** The word before the credentials: their scheme (`Token`, `SSWS`), or the header's own name when they are given bare. */
const WORD_BEFORE = /([A-Za-z0-9_-]{1,41})[^A-Za-z0-9_-]{0,20}$/;

/** Whether the credentials are given bare or under a scheme of their own (`Api-Token`, `SSWS`, `Key`), not under one with its own rule. */
function hasOwnScheme(secret: string, match: string): boolean {
  const word = WORD_BEFORE.exec(match.slice(0, match.length - secret.length))?.[1]?.toLowerCase() ?? '';
  // `AWS4-HMAC-SHA256 Credential=…` is also read as a bare value: the scheme's name.
  return word === 'authorization' ? !OTHER_SCHEMES.has(secret.toLowerCase()) : !OTHER_SCHEMES.has(word);
}

/**
 * Headers that carry a key by a name without "api", "token" or "secret" in it (those are
 * generic-assignment's): Cloudflare's `X-Auth-Key`, Azure API Management's `Ocp-Apim-Subscription-Key`,
 * Azure Functions' `x-functions-key`. Not every `-Key` header: `Idempotency-Key` and `Sec-WebSocket-Key` are random per request.
 */
const KEY_HEADER = '(?:x-auth-key|ocp-apim-subscription-key|x-functions-key)["\'`]?[ \\t]{0,8}[:=,][ \\t]{0,8}["\'`]?';

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
  {
    id: 'http-authorization-token',
    description: 'High-entropy credentials in an Authorization header under a scheme other than Basic or Bearer, or none',
    keywords: ['authorization'],
    // RFC 9110 §11.6.2: "Authorization: <auth-scheme> <token68>"; services name their own schemes (Token,
    // Api-Token, SSWS, Key, Bot) or take the token bare. No provider format, so an entropy floor.
    pattern: new RegExp(`${HEADER}(?:[A-Za-z][A-Za-z0-9_-]{0,40}[ \\t]{1,4})?(?<secret>[A-Za-z0-9._~+/@-]{16,1000}={0,2})(?![A-Za-z0-9._~+/@=-])`, 'i'),
    minEntropy: 3.5,
    validate: (secret, match) => isLiteralValue(secret) && hasOwnScheme(secret, match),
    isGeneric: true,
    fix: 'Revoke the token at the service that issued it, then read it at run time (a CI secret, your secret manager) and build the header from it instead of writing it into code.',
    examples: {
      detects: (generate) => [
        `curl -H "Authorization: Token ${generate.alnum(32)}${generate.digits(8)}" https://api.internal/v1/items`,
        `Authorization: Api-Token ${generate.base64url(36)}${generate.digits(4)}`,
        `headers = {"Authorization": "SSWS ${generate.base64url(38)}${generate.digits(4)}"}`,
        `Authorization: ${generate.base64url(28)}${generate.digits(4)}`,
      ],
      ignores: (generate) => [
        'Authorization: Token ${API_TOKEN}',
        'Authorization: Token <your token>',
        `Authorization: Digest username="ops", nonce="${generate.hex(32)}"`,
        `Authorization: Negotiate ${generate.base64(60)}`,
        `Authorization: AWS4-HMAC-SHA256 Credential=${generate.upperAlnum(20)}/20250101/eu-west-1/s3/aws4_request`,
        'const authorization = request.headers.authorization;',
        'Authorization: Token abcdefghijklmnopqrstuvwxyz',
      ],
    },
  },
  {
    id: 'http-key-header',
    description: 'Key in an HTTP header that names it as one (X-Auth-Key, Ocp-Apim-Subscription-Key, x-functions-key)',
    keywords: ['x-auth-key', 'ocp-apim-subscription-key', 'x-functions-key'],
    // Cloudflare's legacy API key header (https://developers.cloudflare.com/fundamentals/api/get-started/keys/),
    // Azure API Management subscription keys and Azure Functions access keys, sent as request headers.
    pattern: new RegExp(`${KEY_HEADER}(?<secret>[A-Za-z0-9_+/=-]{16,200})(?![A-Za-z0-9_+/=-])`, 'i'),
    minEntropy: 3,
    validate: isLiteralValue,
    isGeneric: true,
    fix: 'Regenerate the key where it was issued (the Cloudflare profile, the API Management subscription, the function app), then read it at run time from a CI secret or your secret manager.',
    examples: {
      detects: (generate) => [
        `curl -H "X-Auth-Key: ${generate.hex(37)}" -H "X-Auth-Email: ops@example.org" https://api.cloudflare.com/client/v4/zones`,
        `headers: { 'Ocp-Apim-Subscription-Key': '${generate.hex(32)}' }`,
        `req.Header.Set("x-functions-key", "${generate.base64url(54)}==")`,
      ],
      ignores: (generate) => [
        'curl -H "X-Auth-Key: $CLOUDFLARE_API_KEY" https://api.cloudflare.com/client/v4/zones',
        `Idempotency-Key: ${generate.hex(32)}`,
        "headers: { 'Ocp-Apim-Subscription-Key': process.env.APIM_KEY }",
      ],
    },
  },
];
