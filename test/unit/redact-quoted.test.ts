import { createSampleGenerator } from '../../src/detect/sample-generator';
import { firstJsonError } from '../../src/config/first-json-error';
import { redactQuoted } from '../../src/model/redact-quoted';
import { makeGithubToken } from '../support/secrets';

describe('redactQuoted', () => {
  const generate = createSampleGenerator(31);

  test.each([
    ['a GitHub token', makeGithubToken(31)],
    ['base64', generate.base64(40)],
    ['base64url', generate.base64url(36)],
    ['hex', generate.hex(40)],
    ['an AWS-style key id', `AKIA${generate.upperAlnum(16)}`],
    ['a JWT-shaped run', `eyJ${generate.base64url(20)}.${generate.base64url(30)}.${generate.base64url(24)}`],
  ])('masks %s wherever it is quoted, leaving no 12-character piece', (_kind, secret) => {
    for (const text of [secret, `bad revision '${secret}'`, `--${secret}=1`, `sub/${secret}.json`, `"${secret}" is not a rule id`]) {
      const redacted = redactQuoted(text);
      for (let start = 0; start + 12 <= secret.length; start++) expect(redacted).not.toContain(secret.slice(start, start + 12));
    }
  });

  test('keeps paths, keys and the words of a message readable', () => {
    for (const text of [
      'Could not read leakguard config /home/dev/my-app/.config/leakguardrc.yaml',
      'allowlist.values[0]: is not a valid regular expression: Unterminated group',
      "fatal: ambiguous argument 'origin/feature-login': unknown revision",
      'ReferenceError: allowlistValues is not defined',
      'see node_modules/leakguard/package.json (utf8, sha256, es2022, 2024)',
      'expected one of: disable, rules, allowlist, unscannable',
    ]) {
      expect(redactQuoted(text)).toBe(text);
    }
  });
});

describe('firstJsonError', () => {
  test.each([
    ['{"a": 1 "b": 2}', 8, "',' or '}'"],
    ['{"a": token}', 6, 'a value'],
    ['{a: 1}', 1, 'a key in double quotes'],
    ['{"a" 1}', 5, "':' after the key"],
    ['["a\nb"]', 3, 'the closing'],
    ['["\\x"]', 2, 'an escape'],
    ['[1, 2', 5, "',' or ']'"],
    ['{} x', 3, 'the end of the file'],
  ])('%j breaks at offset %i, expecting %s', (text, offset, expected) => {
    expect(() => JSON.parse(text)).toThrow();
    const error = firstJsonError(text);
    expect(error?.offset).toBe(offset);
    expect(error?.expected).toContain(expected);
  });

  test('is undefined for valid JSON', () => {
    expect(firstJsonError('{"a": [1, -2.5e3, true, null, "x\\u00e9"], "b": {}}\n')).toBeUndefined();
  });
});
