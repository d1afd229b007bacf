import { join } from 'node:path';
import { createTempRepo, type RunResult, type TempRepo, filesOutsideObjectStores } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

describe('the pre-commit hook, driven by git commit', () => {
  let repo: TempRepo;
  const token = makeGithubToken(21);
  const outputs: string[] = [];

  function commit(...args: string[]): RunResult {
    const result = repo.git('commit', '-m', 'change', ...args);
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    const installed = repo.leakguard(['install']);
    expect(installed.exitCode).toBe(0);
  });

  afterEach(() => {
    // The work tree holds the secret because the test put it there; git's and leakguard's files must not.
    expectNoLeak(token, ...outputs, ...filesOutsideObjectStores(join(repo.dir, '.git')), ...filesOutsideObjectStores(join(repo.root, 'home')));
    repo.remove();
  });

  test('blocks the initial commit of a token and names rule, place and the ways out', () => {
    repo.write('config.ts', `export const token = "${token}";\n`);
    repo.mustGit('add', 'config.ts');
    const result = commit();
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('github-classic-token');
    expect(result.stdout + result.stderr).toContain('config.ts');
    expect(result.stdout + result.stderr).toContain('1:23');
    expect(result.stdout + result.stderr).toContain('git commit --no-verify');
    expect(repo.git('rev-parse', '--verify', '-q', 'HEAD').stdout).toBe('');
  });

  test('a clean commit passes silently', () => {
    repo.write('a.ts', 'export const a = process.env.TOKEN;\n');
    repo.mustGit('add', '.');
    const result = commit('-q');
    expect(result.exitCode).toBe(0);
    expect(result.stdout + result.stderr).toBe('');
  });

  test('the index wins over the work tree, both ways', () => {
    repo.write('a.ts', 'clean\n');
    repo.mustGit('add', '.');
    repo.write('a.ts', `t = "${token}"\n`);
    expect(commit('-q').exitCode).toBe(0);

    repo.mustGit('add', '.');
    repo.write('a.ts', 'clean again\n');
    expect(commit('-q').exitCode).toBe(1);
  });

  test('git commit -a and git commit <path> scan the temporary index git hands the hook', () => {
    repo.write('a.ts', 'a\n');
    repo.write('b.ts', 'b\n');
    repo.mustGit('add', '.');
    expect(commit('-q').exitCode).toBe(0);

    repo.write('a.ts', `a = "${token}"\n`);
    expect(commit('-a', '-q').exitCode).toBe(1);
    expect(commit('-q', '--', 'a.ts').exitCode).toBe(1);
    repo.write('b.ts', 'b changed\n');
    expect(commit('-q', '--', 'b.ts').exitCode).toBe(0);
  });

  test('file names with spaces and unicode, committed from a subdirectory', () => {
    repo.write('sub dir/ünï cödé.ts', `t = "${token}"\n`);
    repo.mustGit('add', '.');
    const result = repo.run('git', ['commit', '-m', 'x'], { cwd: join(repo.dir, 'sub dir') });
    outputs.push(result.stdout, result.stderr);
    expect(result.exitCode).toBe(1);
    // git sends a hook's stdout to stderr.
    expect(result.stderr).toContain('sub dir/ünï cödé.ts');
  });

  test('each allow mechanism lets the commit through', () => {
    repo.write('inline.ts', `t = "${token}" // leakguard:allow\n`);
    repo.write('.secretignore', 'fixtures/\n');
    repo.write('fixtures/keys.ts', `t = "${makeGithubToken(22)}"\n`);
    repo.write('package.json', JSON.stringify({ name: 'x', leakguard: { allowlist: { paths: ['docs/**'] } } }));
    repo.write('docs/example.md', `t = "${makeGithubToken(23)}"\n`);
    repo.mustGit('add', '.');
    expect(commit('-q').exitCode).toBe(0);
  });

  test('a broken config blocks (the scan exits 2), names file and key, and offers the bypass', () => {
    repo.write('.leakguardrc.json', '{ "allowlist": { "path": [] } }');
    repo.write('a.ts', 'a\n');
    repo.mustGit('add', '.');
    expect(repo.leakguard(['scan', '--staged']).exitCode).toBe(2);
    const result = commit('-q');
    expect(result.exitCode).not.toBe(0);
    expect(repo.git('rev-parse', '--verify', '-q', 'HEAD').stdout).toBe('');
    const text = result.stdout + result.stderr;
    expect(text).toContain('.leakguardrc.json');
    expect(text).toContain('allowlist.path: unknown key');
    expect(text).toContain('--no-verify');
  });

  test('--no-verify bypasses the hook deliberately', () => {
    repo.write('a.ts', `t = "${token}"\n`);
    repo.mustGit('add', '.');
    expect(commit('-q', '--no-verify').exitCode).toBe(0);
  });
});
