import { isAllowedInline } from '../../src/allow/inline-allow';
import { createPathIgnore } from '../../src/allow/path-ignore';

describe('isAllowedInline', () => {
  test.each([
    ['token = "v" // leakguard:allow', 'any-rule', true],
    ['token = "v" # gitleaks:allow', 'any-rule', true],
    ['token = "v" # pragma: allowlist secret', 'any-rule', true],
    ['token = "v" // leakguard:allow github-classic-token, aws-access-key-id', 'aws-access-key-id', true],
    ['token = "v" // leakguard:allow github-classic-token', 'aws-access-key-id', false],
    ['token = "v" // leakguard: allow', 'any-rule', false],
    ['token = "v"', 'any-rule', false],
  ])('%s (%s) → %s', (line, rule, expected) => {
    expect(isAllowedInline(line, rule)).toBe(expected);
  });
});

describe('createPathIgnore', () => {
  const ignore = createPathIgnore({
    ignoreFile: {
      path: '/repo/.secretignore',
      text: ['# fixtures hold fake keys', 'test/fixtures/', '*.snap', '/docs/examples.md', 'secrets-*.json', '!secrets-real.json', ''].join('\n'),
    },
    allowedPaths: { source: '/repo/.leakguardrc', globs: ['vendor/**'] },
  });
  const withIgnoreFile = (text: string) => createPathIgnore({ ignoreFile: { path: '/repo/.secretignore', text }, allowedPaths: { source: undefined, globs: [] } });

  test.each([
    ['test/fixtures/keys.txt', true],
    ['packages/a/test/fixtures/k.pem', false],
    ['keys/k.pem', false],
    ['src/__snapshots__/x.test.ts.snap', true],
    ['docs/examples.md', true],
    ['sub/docs/examples.md', false],
    ['config/secrets-dev.json', true],
    ['config/secrets-real.json', false],
    ['vendor/lib/a.js', true],
    ['src/app.ts', false],
    ['test/fixtures', false],
    // Outside the root (scan PATH of a file elsewhere): not this repository's .secretignore's business.
    ['../elsewhere/x.snap', false],
  ])('%s → %s', (path, expected) => {
    expect(ignore(path)).toBe(expected);
  });

  test('no patterns ignores nothing', () => {
    expect(withIgnoreFile('\n# only a comment\n')('a')).toBe(false);
  });

  test('a .secretignore negation cannot re-include what allowlist.paths names', () => {
    const isIgnored = createPathIgnore({ ignoreFile: { path: '.secretignore', text: '!vendor/a.js\n' }, allowedPaths: { source: 'c', globs: ['vendor/**'] } });
    expect(isIgnored('vendor/a.js')).toBe(true);
  });
});
