import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { CLI, PROJECT_ROOT, createTempRepo, type RunResult, type TempRepo, filesOutsideObjectStores } from '../support/temp-repo';
import { PATH_WITHOUT_LEAKGUARD, writeScript } from '../support/hook-env';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

/** A launcher that runs the real CLI, leaving a trace of which launcher the hook chose. */
function launcher(trace: string, name: string): string {
  return `echo ${name} >> '${trace}'\nexec '${process.execPath}' '${CLI}' "$@"`;
}

describe('the installed pre-commit hook, driven by real git commit', () => {
  let repo: TempRepo;
  const token = makeGithubToken(41);
  const outputs: string[] = [];
  let trace: string;

  function commit(args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): RunResult {
    const result = repo.run('git', ['commit', '-m', 'change', ...args], { env: { PATH: PATH_WITHOUT_LEAKGUARD, ...env } });
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  function install(cli = CLI): void {
    const result = repo.run(process.execPath, [cli, 'install']);
    outputs.push(result.stdout, result.stderr);
    expect(result.exitCode).toBe(0);
  }

  function stage(path: string, content: string): void {
    repo.write(path, content);
    repo.mustGit('add', path);
  }

  const hasHead = () => repo.git('rev-parse', '--verify', '-q', 'HEAD').exitCode === 0;

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    trace = join(repo.root, 'trace.log');
  });

  afterEach(() => {
    expectNoLeak(token, ...outputs, ...filesOutsideObjectStores(join(repo.dir, '.git')), ...filesOutsideObjectStores(join(repo.root, 'home')));
    expectNoLeak(token, ...filesOutsideObjectStores(join(repo.dir, '.husky')), ...filesOutsideObjectStores(join(repo.root, 'bin')));
    repo.remove();
  });

  test('a hook that was there still runs after the scan; when it fails, the commit is blocked', () => {
    writeScript(join(repo.dir, '.git', 'hooks', 'pre-commit'), `echo "user hook ran with $# arguments" >&2\nexit "\${USER_HOOK_STATUS:-0}"`);
    install();

    stage('a.ts', 'clean\n');
    const clean = commit(['-q']);
    expect(clean.exitCode).toBe(0);
    expect(clean.stderr).toContain('user hook ran with 0 arguments');

    stage('b.ts', 'also clean\n');
    const failing = commit(['-q'], { USER_HOOK_STATUS: '7' });
    expect(failing.exitCode).not.toBe(0);
    expect(failing.stderr).toContain('user hook ran');

    stage('c.ts', `t = "${token}"\n`);
    const leak = commit(['-q']);
    expect(leak.exitCode).toBe(1);
    expect(leak.stderr).toContain('github-classic-token');
    expect(leak.stderr).not.toContain('user hook ran');
  });

  test('the project’s node_modules/.bin/leakguard comes first, then the CLI recorded at install', () => {
    install();
    writeScript(join(repo.dir, 'node_modules', '.bin', 'leakguard'), launcher(trace, 'node_modules'));
    stage('a.ts', `t = "${token}"\n`);
    expect(commit().exitCode).toBe(1);
    expect(readFileSync(trace, 'utf8')).toBe('node_modules\n');

    rmSync(join(repo.dir, 'node_modules'), { recursive: true });
    const recorded = commit();
    expect(recorded.exitCode).toBe(1);
    expect(recorded.stderr).toContain('github-classic-token');
    expect(readFileSync(trace, 'utf8')).toBe('node_modules\n');
  });

  describe('when the leakguard that ran install is gone', () => {
    /** A copy of this package, as a global or npx install would be, that the test can delete. */
    function installFromCopyThenDeleteIt(): void {
      const copy = join(repo.root, 'leakguard-copy');
      for (const part of ['bin', 'dist', 'hooks', 'package.json']) cpSync(join(PROJECT_ROOT, part), join(copy, part), { recursive: true });
      symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(copy, 'node_modules'));
      install(join(copy, 'bin', 'leakguard.js'));
      expect(readFileSync(join(repo.dir, '.git', 'hooks', 'pre-commit'), 'utf8')).toContain(copy);
      rmSync(copy, { recursive: true });
    }

    test('and none is on PATH: the commit is blocked, naming the fix and the bypass', () => {
      installFromCopyThenDeleteIt();
      stage('a.ts', `t = "${token}"\n`);
      const blocked = commit();
      expect(blocked.exitCode).not.toBe(0);
      expect(hasHead()).toBe(false);
      expect(blocked.stderr).toContain('cannot find leakguard, so this commit was not scanned and is blocked');
      expect(blocked.stderr).toContain('npm i -D leakguard && npx leakguard install');
      expect(blocked.stderr).toContain('git commit --no-verify');
      expect(blocked.stderr).toContain('LEAKGUARD_SKIP=1 git commit');
    });

    test('LEAKGUARD_SKIP=1 lets the commit through, and says it was not scanned', () => {
      installFromCopyThenDeleteIt();
      stage('a.ts', 'clean\n');
      const skipped = commit(['-q'], { LEAKGUARD_SKIP: '1' });
      expect(skipped.exitCode).toBe(0);
      expect(skipped.stderr).toBe('leakguard: LEAKGUARD_SKIP=1, this commit was NOT scanned for secrets.\nleakguard: LEAKGUARD_SKIP=1, this commit message was NOT scanned for secrets.\n');
      expect(hasHead()).toBe(true);
    });

    test('git commit --no-verify bypasses the hook', () => {
      installFromCopyThenDeleteIt();
      stage('a.ts', 'clean\n');
      const bypassed = commit(['-q', '--no-verify']);
      expect(bypassed.exitCode).toBe(0);
      expect(bypassed.stderr).toBe('');
    });

    test('one on PATH is used', () => {
      installFromCopyThenDeleteIt();
      const globalBin = join(repo.root, 'global-bin');
      writeScript(join(globalBin, 'leakguard'), launcher(trace, 'path'));
      stage('a.ts', `t = "${token}"\n`);
      const result = commit([], { PATH: `${globalBin}${delimiter}${PATH_WITHOUT_LEAKGUARD}` });
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toContain('github-classic-token');
      expect(readFileSync(trace, 'utf8')).toBe('path\n');
    });
  });

  test('husky: the block in .husky/pre-commit scans, and the user’s lines still run', () => {
    // husky v9's layout: git runs .husky/_/pre-commit, which runs the user's .husky/pre-commit with sh -e.
    writeScript(join(repo.dir, '.husky', '_', 'pre-commit'), 'sh -e "$(dirname "$0")/../pre-commit" "$@"');
    repo.write('.husky/pre-commit', 'echo "lint ran" >&2\n');
    repo.mustGit('config', 'core.hooksPath', '.husky/_');
    writeScript(join(repo.dir, 'node_modules', '.bin', 'leakguard'), launcher(trace, 'node_modules'));
    install();

    stage('a.ts', 'clean\n');
    const clean = commit(['-q']);
    expect(clean.exitCode).toBe(0);
    expect(clean.stderr).toBe('lint ran\n');

    stage('b.ts', `t = "${token}"\n`);
    const leak = commit();
    expect(leak.exitCode).toBe(1);
    expect(leak.stderr).toContain('github-classic-token');
    expect(readFileSync(trace, 'utf8')).toBe('node_modules\nnode_modules\n');
  });

  test.each(['sh', 'dash'].filter((shell) => spawnSync(shell, ['-c', 'exit 0']).status === 0))(
    'run by %s, the shim passes a failed scan’s exit code on and says the commit was blocked to be safe',
    (shell) => {
      install();
      writeScript(join(repo.dir, 'node_modules', '.bin', 'leakguard'), 'echo "config broken" >&2\nexit 3');
      const result = repo.run(shell, [join('.git', 'hooks', 'pre-commit')], { env: { PATH: PATH_WITHOUT_LEAKGUARD } });
      outputs.push(result.stdout, result.stderr);
      expect(result.exitCode).toBe(3);
      expect(result.stderr).toContain('config broken');
      expect(result.stderr).toContain('leakguard: could not scan this commit (exit 3; the reason is above), so it is blocked to be safe.');
      expect(result.stderr).toContain('git commit --no-verify');
    },
  );
});
