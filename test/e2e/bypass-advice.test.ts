import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { huskyInit } from '../support/husky';
import { writeScript } from '../support/hook-env';
import { expectNoLeak, makeGithubToken } from '../support/secrets';
import { CLI, PROJECT_ROOT, createTempRepo, filesOutsideObjectStores, type RunResult, type TempRepo } from '../support/temp-repo';

/** A tool on PATH or in the project's node_modules/.bin, or undefined (the test then says it is skipped, and why). */
function findTool(name: string): string | undefined {
  const local = join(PROJECT_ROOT, 'node_modules', '.bin', name);
  if (existsSync(local)) return local;
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  return found === '' ? undefined : found;
}

const PRE_COMMIT = findTool('pre-commit');
const LEFTHOOK = findTool('lefthook');
/** As a YAML single-quoted scalar: pre-commit and lefthook split it as sh would. */
const SCAN_STAGED = `'"${process.execPath}" "${CLI}" scan --staged'`;

/**
 * The report names the bypass that works for what started the scan, and it does work: the real
 * hook managers run the real CLI through real `git commit`; LEAKGUARD_SKIP=1 is honoured by the CLI.
 */
describe('the bypass a blocked commit names, for the tool that ran the scan', () => {
  let repo: TempRepo;
  const token = makeGithubToken(142);
  const outputs: string[] = [];

  function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): RunResult {
    const result = repo.run(command, args, { env });
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  const text = (result: RunResult): string => result.stdout + result.stderr;
  const hasCommit = (): boolean => repo.git('rev-parse', '-q', '--verify', 'HEAD').exitCode === 0;

  function commitToken(env: NodeJS.ProcessEnv = {}): RunResult {
    repo.write('a.ts', `t = "${token}"\n`);
    repo.mustGit('add', 'a.ts');
    return run('git', ['commit', '-q', '-m', 'leak'], env);
  }

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
  });

  afterEach(() => {
    expectNoLeak(token, ...outputs, ...filesOutsideObjectStores(join(repo.dir, '.git')));
    repo.remove();
  });

  test('husky: leakguard\'s block in .husky/pre-commit names LEAKGUARD_SKIP=1 and HUSKY=0, and both work', () => {
    mkdirSync(join(repo.dir, 'node_modules'));
    symlinkSync(PROJECT_ROOT, join(repo.dir, 'node_modules', 'leakguard'));
    repo.write('.gitignore', 'node_modules\n');
    huskyInit(repo, '');
    expect(run(process.execPath, [CLI, 'install']).exitCode).toBe(0);
    const blocked = commitToken();
    expect(blocked.exitCode).not.toBe(0);
    expect(text(blocked)).toContain('To commit anyway, deliberately: LEAKGUARD_SKIP=1 git commit …  (only this scan; HUSKY=0 git commit … or git commit --no-verify: every hook)');
    const skipped = run('git', ['commit', '-q', '-m', 'leak'], { LEAKGUARD_SKIP: '1' });
    expect(skipped.exitCode).toBe(0);
    expect(skipped.stderr).toContain('LEAKGUARD_SKIP=1, this commit was NOT scanned');
    commitToken();
    repo.write('b.ts', `u = "${token}"\n`);
    repo.mustGit('add', 'b.ts');
    expect(run('git', ['commit', '-q', '-m', 'again'], { HUSKY: '0' }).exitCode).toBe(0);
  });

  test('husky running the CLI itself (a line in .husky/pre-commit): known by its `sh -e .husky/pre-commit`; LEAKGUARD_SKIP=1 works', () => {
    huskyInit(repo, `"${process.execPath}" "${CLI}" scan --staged\n`);
    const blocked = commitToken();
    expect(blocked.exitCode).not.toBe(0);
    expect(text(blocked)).toContain('To commit anyway, deliberately: LEAKGUARD_SKIP=1 git commit …  (only this scan; HUSKY=0 git commit … or git commit --no-verify: every hook)');
    const skipped = run('git', ['commit', '-q', '-m', 'leak'], { LEAKGUARD_SKIP: '1' });
    expect(skipped.exitCode).toBe(0);
    expect(skipped.stderr).toContain('leakguard: LEAKGUARD_SKIP=1, this commit was NOT scanned for secrets.');
  });

  (PRE_COMMIT === undefined ? test.skip : test)('the pre-commit framework: names SKIP=leakguard, which works, as does LEAKGUARD_SKIP=1', () => {
    repo.write('.pre-commit-config.yaml', `repos:\n  - repo: local\n    hooks:\n      - id: leakguard\n        name: leakguard\n        entry: ${SCAN_STAGED}\n        language: system\n        pass_filenames: false\n`);
    repo.mustGit('add', '.pre-commit-config.yaml');
    expect(run(PRE_COMMIT as string, ['install']).exitCode).toBe(0);
    const blocked = commitToken();
    expect(blocked.exitCode).not.toBe(0);
    expect(text(blocked)).toContain('To commit anyway, deliberately: SKIP=leakguard git commit …  (pre-commit skips the hook with that id; or git commit --no-verify: every hook)');
    expect(hasCommit()).toBe(false);
    // pre-commit prints a hook's output only when it fails: the CLI's notice is not shown, SKIP's "Skipped" is.
    expect(run('git', ['commit', '-q', '-m', 'leak'], { LEAKGUARD_SKIP: '1' }).exitCode).toBe(0);
    repo.write('b.ts', `u = "${token}"\n`);
    repo.mustGit('add', 'b.ts');
    const skipped = run('git', ['commit', '-q', '-m', 'again'], { SKIP: 'leakguard' });
    expect(skipped.exitCode).toBe(0);
    expect(text(skipped)).toMatch(/^leakguard\.+Skipped$/m);
  });
  if (PRE_COMMIT === undefined) console.log('skipped: the pre-commit framework test needs `pre-commit` on PATH (Debian: apt-get install pre-commit)');

  (LEFTHOOK === undefined ? test.skip : test)('lefthook: names LEFTHOOK_EXCLUDE=leakguard, which works', () => {
    repo.write('lefthook.yml', `pre-commit:\n  jobs:\n    - name: leakguard\n      run: ${SCAN_STAGED}\n`);
    const installed = run(LEFTHOOK as string, ['install']);
    expect(installed.stderr + installed.stdout).toContain('sync hooks');
    expect(installed.exitCode).toBe(0);
    const blocked = commitToken();
    expect(blocked.exitCode).not.toBe(0);
    expect(text(blocked)).toContain('To commit anyway, deliberately: LEFTHOOK_EXCLUDE=leakguard git commit …  (lefthook skips the job with that name; or git commit --no-verify: every hook)');
    expect(hasCommit()).toBe(false);
    expect(run('git', ['commit', '-q', '-m', 'leak'], { LEFTHOOK_EXCLUDE: 'leakguard' }).exitCode).toBe(0);
  });
  if (LEFTHOOK === undefined) console.log('skipped: the lefthook test needs lefthook on PATH or in node_modules/.bin (npm i -D lefthook)');

  test('a hook that runs the CLI itself honours LEAKGUARD_SKIP=1 through git push, and says it skipped', () => {
    const remote = repo.addBareRemote();
    writeScript(join(repo.dir, '.git', 'hooks', 'pre-push'), `exec "${process.execPath}" "${CLI}" scan --pre-push "$1" "$2"`);
    commitToken();
    const blocked = run('git', ['push', '-q', 'origin', 'main']);
    expect(blocked.exitCode).not.toBe(0);
    expect(text(blocked)).toContain('git push --no-verify  (or LEAKGUARD_SKIP=1 git push …)');
    const skipped = run('git', ['push', '-q', 'origin', 'main'], { LEAKGUARD_SKIP: '1' });
    expect(skipped).toEqual({ exitCode: 0, stdout: '', stderr: 'leakguard: LEAKGUARD_SKIP=1, this push was NOT scanned for secrets.\n' });
    expect(repo.run('git', ['--git-dir', remote, 'rev-parse', '-q', '--verify', 'refs/heads/main']).exitCode).toBe(0);
  });

  test('a scan asked for by name runs anyway under LEAKGUARD_SKIP=1, and says so', () => {
    repo.write('a.ts', `t = "${token}"\n`);
    const scanned = run(process.execPath, [CLI, 'scan', '.'], { LEAKGUARD_SKIP: '1' });
    expect(scanned.exitCode).toBe(1);
    expect(scanned.stderr).toBe('leakguard: LEAKGUARD_SKIP=1 skips the scans hooks run, not this one: scanning.\n');
    expect(scanned.stdout).toContain('github-classic-token');
  });
});
