import { createHmac } from 'node:crypto';
import type { AddedLine } from '../../src/model/added-line';
import { createSecretFinder } from '../../src/detect/find-secrets';
import { isPublicByDesign } from '../../src/detect/public-by-design';
import { isPublishedSample } from '../../src/detect/public-samples';
import { builtInDetectors } from '../../src/detect/registry';
import { createSampleGenerator } from '../../src/detect/sample-generator';

const generate = createSampleGenerator(77);
const finder = createSecretFinder(builtInDetectors);
const rulesFiring = (text: string): string[] => {
  const lines: AddedLine[] = [{ file: 'app.env', line: 1, text }];
  return finder.findSecrets(lines).map((match) => match.ruleId);
};
const mapboxPublicToken = (): string => `pk.${Buffer.from(JSON.stringify({ u: generate.lowerAlnum(8), a: generate.lowerAlnum(25) })).toString('base64url')}.${generate.base64url(22)}`;

describe('values public by design', () => {
  test.each([
    ['a Stripe live publishable key', () => `STRIPE_API_KEY=pk_live_${generate.alnum(99)}`],
    ['a Stripe test publishable key', () => `api_key: "pk_test_${generate.alnum(24)}"`],
    ['a Mapbox public token', () => `MAPBOX_ACCESS_TOKEN=${mapboxPublicToken()}`],
    ['a Supabase publishable key', () => `SUPABASE_API_KEY=sb_publishable_${generate.base64url(31)}`],
    ['a Lob publishable key', () => `LOB_API_KEY=live_pub_${generate.hex(31)}`],
    ['a PostHog project key', () => `POSTHOG_API_KEY=phc_${generate.alnum(43)}`],
  ])('%s under a secret-like name is reported by no rule, the generic one included', (_kind, line) => {
    expect(rulesFiring(line())).toEqual([]);
  });

  test('the secret counterparts still are', () => {
    expect(rulesFiring(`STRIPE_API_KEY=sk_live_${generate.alnum(99)}`)).toEqual(['stripe-secret-key']);
    expect(isPublicByDesign(`sk_live_${generate.alnum(24)}`)).toBe(false);
  });
});

describe('published samples', () => {
  test('random values of the samples\' lengths are not samples', () => {
    for (const value of [generate.base64(86) + '==', `AKIA${generate.upperAlnum(16)}`, generate.base64(40), `AIza${generate.base64url(35)}`]) {
      expect(isPublishedSample(value)).toBe(false);
    }
  });
});

describe('tokens signed with a published key', () => {
  const signedToken = (key: string): string => {
    const part = (json: object): string => Buffer.from(JSON.stringify(json)).toString('base64url');
    const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: generate.digits(10), name: generate.alnum(12), iat: 1516239022 })}`;
    return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
  };

  test('a JWT signed with the key jwt.io\'s debugger shows is reported by no rule', () => {
    expect(rulesFiring(`const token = "${signedToken('a-string-secret-at-least-256-bits-long')}";`)).toEqual([]);
  });

  test('the same claims signed with any other key are reported', () => {
    expect(rulesFiring(`const token = "${signedToken(generate.alnum(40))}";`)).toEqual(['jwt-token']);
  });
});
