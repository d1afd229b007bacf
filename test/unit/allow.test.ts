import { isAllowedInline } from '../../src/allow/inline-allow';
import { createPathIgnore } from '../../src/allow/path-ignore';
import type { LeakguardError } from '../../src/model/errors';

describe('isAllowedInline', () => {
  test.each([
    ['token = "v" // leakguard:allow', 'any-rule', true],
    ['token = "v" # gitleaks:allow', 'any-rule', true],
    ['token = "v" # pragma: allowlist secret', 'any-rule', true],
    ['token = "v" // leakguard:allow github-classic-token, aws-access-key-id', 'aws-access-key-id', true],
    ['token = "v" // leakguard:allow github-classic-token', 'aws-access-key-id', false],
    ['token = "v" // leakguard: allow', 'any-rule', false],
    ['token = "v"', 'any-rule', false],
    ['token = "v" # pragma: whitelist secret', 'any-rule', true],
    ['token = "v" # trufflehog:ignore', 'any-rule', true],
    ['token = "v" // secretlint-disable-line', 'any-rule', true],
    ['token = "v" /* secretlint-disable-line */', 'any-rule', true],
    ['token = "v" // secretlint-disable-line github-classic-token -- a test fixture', 'github-classic-token', true],
    // secretlint's own rule names name none of ours: the comment allows nothing rather than everything.
    ['token = "v" // secretlint-disable-line @secretlint/secretlint-rule-github', 'github-classic-token', false],
    // gosec's and bandit's marker silences a code linter for any reason: not an allow comment.
    ['token = "v" // #nosec G101', 'any-rule', false],
    // A next-line comment allows nothing on its own line.
    ['token = "v" // leakguard:allow-next-line', 'any-rule', false],
    ['token = "v" # pragma: allowlist nextline secret', 'any-rule', false],
    ['token = "v" // secretlint-disable-next-line', 'any-rule', false],
  ])('%s (%s) → %s', (line, rule, expected) => {
    expect(isAllowedInline(line, rule)).toBe(expected);
  });

  test.each([
    ['// leakguard:allow-next-line', 'any-rule', true],
    ['    # leakguard:allow-next-line aws-access-key-id, github-classic-token', 'github-classic-token', true],
    ['# leakguard:allow-next-line aws-access-key-id', 'github-classic-token', false],
    ['# pragma: allowlist nextline secret', 'any-rule', true],
    ['<!-- pragma: allowlist-nextline-secret -->', 'any-rule', true],
    ['// secretlint-disable-next-line', 'any-rule', true],
    ['{{/* secretlint-disable-next-line */}}', 'any-rule', true],
    ['-- secretlint-disable-next-line github-classic-token', 'github-classic-token', true],
    // After code, the comment would hide what it allows (detect-secrets refuses it too).
    ['x = 1 // leakguard:allow-next-line', 'any-rule', false],
    ['x = 1 # pragma: allowlist nextline secret', 'any-rule', false],
    // A same-line comment on the line before allows nothing on this one.
    ['// leakguard:allow', 'any-rule', false],
    ['# gitleaks:allow', 'any-rule', false],
    ['// leakguard:allow-next-lines', 'any-rule', false],
  ])('line before %s (%s) → %s', (lineBefore, rule, expected) => {
    expect(isAllowedInline('token = "v"', rule, lineBefore)).toBe(expected);
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

  describe('patterns that leave no file scanned are refused', () => {
    const refusal = (sources: Parameters<typeof createPathIgnore>[0]): string => {
      try {
        createPathIgnore(sources);
      } catch (error) {
        expect((error as LeakguardError).code).toBe('CONFIG_INVALID');
        return (error as LeakguardError).message + (error as LeakguardError).hint;
      }
      throw new Error('expected the patterns to be refused');
    };
    const globs = (list: string[]) => refusal({ ignoreFile: { path: '/repo/.secretignore', text: '' }, allowedPaths: { source: '/repo/.leakguardrc', globs: list } });
    const ignoreFile = (text: string) => refusal({ ignoreFile: { path: '/repo/.secretignore', text }, allowedPaths: { source: undefined, globs: [] } });

    test.each([[['**']], [['**/*']], [['{**,x}']], [['x', '**/*', 'y']], [['**/**']]])('allowlist.paths %j names the glob', (list) => {
      const message = globs(list);
      expect(message).toContain('/repo/.leakguardrc');
      expect(message).toContain(`allowlist.paths[${list.findIndex((glob) => glob.includes('**'))}]: matches every path`);
      expect(message).toContain('test/fixtures/');
    });

    test.each([[['*', '*/**']], [['*', '**/*.*', '**/Makefile']]])('allowlist.paths %j, only together, names the list', (list) => {
      expect(globs(list)).toContain('allowlist.paths: together match every path');
    });

    test.each([
      ['*', 1],
      ['**', 1],
      ['/*', 1],
      ['**/*', 1],
      ['# fake keys\ntest/fixtures/\n\n*\n', 4],
      ['*.*\n*\n!a.ts', 2],
      ['*\n!*.ts\n*.ts', 3],
    ])('.secretignore %j names line %d', (text, line) => {
      expect(ignoreFile(text)).toContain(`/repo/.secretignore: line ${line} ignores every path`);
    });

    test.each([['*\n!*/\n!*.ts'], ['*.*'], ['/'], ['*/'], ['*\n!.env']])('.secretignore %j leaves some files scanned', (text) => {
      expect(() => createPathIgnore({ ignoreFile: { path: '.secretignore', text }, allowedPaths: { source: undefined, globs: [] } })).not.toThrow();
    });
  });
});
