import { validateConfig } from '../../src/config/validate-config';
import { LeakguardError } from '../../src/model/errors';

const KNOWN = new Set(['github-classic-token', 'aws-access-key-id']);

function problemsOf(raw: unknown): string {
  try {
    validateConfig(raw, '/repo/.leakguardrc', KNOWN);
  } catch (error) {
    expect(error).toBeInstanceOf(LeakguardError);
    expect((error as LeakguardError).code).toBe('CONFIG_INVALID');
    return (error as LeakguardError).message;
  }
  throw new Error('expected the config to be rejected');
}

describe('validateConfig', () => {
  test('accepts a full config and compiles it', () => {
    const config = validateConfig(
      {
        disable: ['aws-access-key-id'],
        rules: [{ id: 'acme-api-key', description: 'Acme key', pattern: 'acme_[a-z0-9]{32}', keywords: ['ACME_'] }],
        allowlist: { paths: ['fixtures/**'], values: ['^test_'] },
      },
      '/repo/.leakguardrc',
      KNOWN,
    );
    expect(config.disabledRuleIds).toEqual(['aws-access-key-id']);
    expect(config.customRules[0]?.keywords).toEqual(['acme_']);
    expect(config.customRules[0]?.pattern.source).toContain('(?<secret>');
    expect(config.allowedValues[0]?.test('test_x')).toBe(true);
  });

  test('names the file, every bad key and what was expected, all at once', () => {
    const message = problemsOf({
      disabel: ['x'],
      disable: ['no-such-rule'],
      rules: [{ id: 'Bad Id', description: 'd', pattern: '([a-z]', keywords: [] }],
      allowlist: { paths: 'fixtures/**', values: ['('] },
    });
    expect(message).toContain('/repo/.leakguardrc');
    expect(message).toContain('disabel: unknown key; expected one of: disable, rules, allowlist');
    expect(message).toContain('disable[0]: "no-such-rule" is not a rule id');
    expect(message).toContain('rules[0].id');
    expect(message).toContain('rules[0].pattern: is not a valid regular expression');
    expect(message).toContain('rules[0].keywords');
    expect(message).toContain('allowlist.paths: expected a list of strings, got a string');
    expect(message).toContain('allowlist.values[0]: is not a valid regular expression');
  });

  test('rejects a custom rule that reuses a built-in id, and a non-object config', () => {
    expect(problemsOf({ rules: [{ id: 'github-classic-token', description: 'd', pattern: 'x', keywords: ['x'] }] })).toContain('already taken');
    expect(problemsOf(['a'])).toContain('expected an object, got a list');
  });

  test('rejects patterns that could stall a scan on a long line, saying where and how to fix them', () => {
    const rule = (pattern: string) => ({ rules: [{ id: 'acme-api-key', description: 'd', pattern, keywords: ['acme'] }] });
    expect(problemsOf(rule('acme_[a-z0-9]+'))).toContain('rules[0].pattern: "+" at offset 13 repeats without bound; give it an upper bound such as {1,200}');
    expect(problemsOf(rule('acme=.*;'))).toContain('"*" at offset 6');
    expect(problemsOf(rule('acme_[a-z]{8,}'))).toContain('"{8,}" at offset 10');
    expect(problemsOf(rule('acme(?:a|aa){1,40}$'))).toMatch(/rules\[0\]\.pattern: [^\n]*super-linear/);
    expect(problemsOf({ allowlist: { values: ['^(a+)+$'] } })).toMatch(/allowlist\.values\[0\]: [^\n]*super-linear/);
  });

  test('accepts bounded custom patterns, a quantifier inside a class, and unbounded value allowlists', () => {
    const config = validateConfig(
      {
        rules: [{ id: 'acme-api-key', description: 'd', pattern: 'acme[_-]?token\\s{0,4}=\\s{0,4}(?<secret>[A-Za-z0-9+*]{20,64})', keywords: ['acme'] }],
        allowlist: { values: ['^EXAMPLE.*$'] },
      },
      '/repo/.leakguardrc',
      KNOWN,
    );
    expect(config.customRules).toHaveLength(1);
    expect(config.allowedValues).toHaveLength(1);
  });

  describe('an allowlist value that accepts any secret is refused', () => {
    test.each(['', 'foo|', '.*', '^', '$', '(?:)', '(?=)', 'x?', '[\\s\\S]*', '.{0,}', '.', '[A-Za-z0-9]', '\\w', '[a-z]{4}', '^[0-9a-f]{32}$', '[+/=]', '[-_]', '^.{1,16}$'])(
      '%j',
      (pattern) => {
        const message = problemsOf({ allowlist: { values: ['^EXAMPLE_', pattern] } });
        expect(message).toMatch(/allowlist\.values\[1\]: matches (the empty string|random tokens)/);
        expect(message).toContain('leakguard:allow');
        expect(message).not.toContain('allowlist.values[0]');
      },
    );

    test.each(['^test_', '^AKIA[A-Z0-9]{12}TEST$', '^EXAMPLE.*$', 'EXAMPLE', '^ghp_0{36}$', '^sk_test_', 'dummy|placeholder', '^[0-9a-f]{40}$'])('%j is narrow enough', (pattern) => {
      expect(validateConfig({ allowlist: { values: [pattern] } }, '/repo/.leakguardrc', KNOWN).allowedValues).toHaveLength(1);
    });

    test('a pattern that backtracks exponentially is refused before it is tried on a token', () => {
      expect(problemsOf({ allowlist: { values: ['^(\\w{1,40})+!'] } })).toMatch(/allowlist\.values\[0\]: [^\n]*super-linear/);
    });

    test('the message names the key, never the pattern', () => {
      expect(problemsOf({ allowlist: { values: ['hunter2-not-echoed|'] } })).not.toContain('hunter2');
    });
  });

  test('a rule pattern that matches the empty string is refused', () => {
    const rule = (pattern: string) => ({ rules: [{ id: 'acme-api-key', description: 'd', pattern, keywords: ['acme'] }] });
    expect(problemsOf(rule('(?<secret>[a-z]{0,8})'))).toContain('rules[0].pattern: matches the empty string');
    expect(problemsOf(rule('acme|'))).toContain('rules[0].pattern: matches the empty string');
    expect(validateConfig(rule('acme_(?<secret>[a-z]{0,8})'), '/repo/.leakguardrc', KNOWN).customRules).toHaveLength(1);
  });

  test('never echoes a value, which could be a misplaced secret', () => {
    expect(problemsOf({ allowlist: { paths: 'hunter2-not-echoed' } })).not.toContain('hunter2-not-echoed');
  });
});
