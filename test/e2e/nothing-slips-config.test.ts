import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempRepo, type RunResult, type TempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

/**
 * Issue #10, "Nothing slips through": a config or .secretignore that allows everything, a config
 * from outside the repository, and .secretignore lines read as globs instead of gitignore rules all
 * let a token through `git commit` with exit 0. Each case commits a token through the installed hook.
 */
describe('allowlists cannot let everything through the pre-commit hook', () => {
  let repo: TempRepo;
  const token = makeGithubToken(1010);
  const outputs: string[] = [];

  function record(result: RunResult): RunResult {
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  function commitToken(file = 'app.ts', env: NodeJS.ProcessEnv = {}): RunResult {
    repo.write(file, `export const token = "${token}";\n`);
    repo.mustGit('add', '-A');
    return record(repo.run('git', ['commit', '-q', '-m', 'change'], { env }));
  }

  function expectBlocked(result: RunResult): string {
    expect(result.exitCode).not.toBe(0);
    expect(repo.git('rev-parse', '--verify', '-q', 'HEAD').stdout).toBe('');
    return result.stdout + result.stderr;
  }

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    expect(repo.leakguard(['install']).exitCode).toBe(0);
  });

  afterEach(() => {
    expectNoLeak(token, ...outputs);
    repo.remove();
  });

  describe('an allowlist that allows everything is refused (exit 2), naming file and key', () => {
    test.each([
      ['values', ['']],
      ['values', ['ghp_not_this_one|']],
      ['values', ['.*']],
      ['values', ['^']],
      ['values', ['(?:)']],
      ['values', ['[\\s\\S]*']],
      ['values', ['.{0,}']],
      ['values', ['[A-Za-z0-9]']],
    ])('allowlist.%s %j', (key, patterns) => {
      repo.write('.leakguardrc.json', JSON.stringify({ allowlist: { [key]: patterns } }));
      const text = expectBlocked(commitToken());
      expect(record(repo.leakguard(['scan', '--staged'])).exitCode).toBe(2);
      expect(text).toContain('.leakguardrc.json');
      expect(text).toContain(`allowlist.${key}[0]`);
      expect(text).toContain('leakguard:allow');
      // The pattern itself is not quoted: a value allowlist could hold a secret.
      expect(text).not.toContain('ghp_not_this_one');
    });

    test.each([[['**']], [['**/*']], [['{**,x}']], [['*', '**/*']], [['**/*.*', '**/*', 'x']]])('allowlist.paths %j', (patterns) => {
      repo.write('.leakguardrc.json', JSON.stringify({ allowlist: { paths: patterns } }));
      const text = expectBlocked(commitToken());
      expect(text).toContain('.leakguardrc.json');
      expect(text).toMatch(/allowlist\.paths(\[\d\])?: /);
      expect(text).toContain('name the files');
    });

    test('paths that together cover everything are refused as a whole', () => {
      repo.write('.leakguardrc.json', JSON.stringify({ allowlist: { paths: ['*', '*/**'] } }));
      const text = expectBlocked(commitToken('deep/dir/app.ts'));
      expect(text).toContain('allowlist.paths: ');
    });

    test.each([['*'], ['**'], ['/*'], ['**/*'], ['# fixtures\nfixtures/\n*\n']])('.secretignore %j', (content) => {
      repo.write('.secretignore', content);
      const text = expectBlocked(commitToken());
      expect(text).toContain('.secretignore');
      expect(text).toMatch(/line \d/);
      expect(record(repo.leakguard(['scan', 'app.ts'])).exitCode).toBe(2);
    });

    test('a custom rule whose pattern matches the empty string is refused', () => {
      const rule = { id: 'acme-api-key', description: 'Acme key', pattern: '(?<secret>[a-z]{0,8})', keywords: ['token'] };
      repo.write('.leakguardrc.json', JSON.stringify({ rules: [rule] }));
      const text = expectBlocked(commitToken());
      expect(text).toContain('rules[0].pattern');
    });

    test('narrow allowlists still work', () => {
      repo.write('.leakguardrc.json', JSON.stringify({ allowlist: { values: [`^${token.slice(0, 12)}`], paths: ['fixtures/**'] } }));
      repo.write('.secretignore', 'docs/\n');
      repo.write('docs/a.md', `t = "${makeGithubToken(1011)}"\n`);
      repo.write('fixtures/a.ts', `t = "${makeGithubToken(1012)}"\n`);
      expect(commitToken().exitCode).toBe(0);
    });
  });

  describe('a config outside the repository never applies', () => {
    const letsAppThrough = JSON.stringify({ allowlist: { paths: ['app.ts'] } });

    function expectFinding(result: RunResult): void {
      const text = expectBlocked(result);
      expect(text).toContain('github-classic-token');
    }

    test('$HOME/.config/leakguard/config.json, with a .config/ directory in the repository', () => {
      const home = repo.env['HOME'] as string;
      mkdirSync(join(home, '.config', 'leakguard'), { recursive: true });
      writeFileSync(join(home, '.config', 'leakguard', 'config.json'), letsAppThrough);
      repo.write('.config/other-tool.json', '{}\n');
      repo.write('app.ts', `export const token = "${token}";\n`);
      expect(record(repo.leakguard(['scan', 'app.ts'])).exitCode).toBe(1);
      expectFinding(commitToken());
    });

    test('$XDG_CONFIG_HOME/leakguard/config.json', () => {
      const xdg = join(repo.root, 'xdg');
      mkdirSync(join(xdg, 'leakguard'), { recursive: true });
      writeFileSync(join(xdg, 'leakguard', 'config.yaml'), 'allowlist:\n  paths: [app.ts]\n');
      repo.write('.config/other-tool.json', '{}\n');
      repo.write('app.ts', `export const token = "${token}";\n`);
      expect(record(repo.leakguard(['scan', 'app.ts'], { env: { XDG_CONFIG_HOME: xdg } })).exitCode).toBe(1);
      expectFinding(commitToken('app.ts', { XDG_CONFIG_HOME: xdg }));
    });

    test("cosmiconfig's meta config in the current directory, below the root", () => {
      repo.write('sub/.config/config.json', JSON.stringify({ cosmiconfig: {}, leakguard: { allowlist: { paths: ['sub/app.ts'] } } }));
      repo.write('.leakguardrc.json', '{}\n');
      repo.write('sub/app.ts', `export const token = "${token}";\n`);
      expect(record(repo.leakguard(['scan', 'app.ts'], { cwd: join(repo.dir, 'sub') })).exitCode).toBe(1);
    });

    test('$import of a file outside the repository is refused', () => {
      writeFileSync(join(repo.root, 'outside.json'), letsAppThrough);
      repo.write('.leakguardrc.json', JSON.stringify({ $import: '../outside.json' }));
      const text = expectBlocked(commitToken());
      expect(text).toContain('$import');
    });

    test("the repository's own .config/leakguardrc.json applies", () => {
      repo.write('.config/leakguardrc.json', letsAppThrough);
      expect(commitToken().exitCode).toBe(0);
    });
  });

  describe('.secretignore follows gitignore rules, not globs', () => {
    test.each([
      ['{docs,lib}', 'docs/app.ts'],
      ['*.+(md|txt)', 'notes.md'],
      ['build(old)', 'buildold/app.ts'],
    ])('%j does not ignore %s', (pattern, file) => {
      repo.write('.secretignore', `${pattern}\n`);
      expectFinding(commitToken(file));
    });

    function expectFinding(result: RunResult): void {
      expect(expectBlocked(result)).toContain('github-classic-token');
    }
  });
});
