import { chmodSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PreCommitStore, preCommitConfig, preCommitVersion, type HookId } from '../support/pre-commit-framework';
import { expectNoLeak, makeGithubToken } from '../support/secrets';
import { createTempRepo, filesOutsideObjectStores, type RunResult, type TempRepo } from '../support/temp-repo';

const { version, missing } = preCommitVersion();
// Said, not silent: a skipped test is not a passed one.
if (missing !== undefined) console.log(`the pre-commit framework tests skip: ${missing}; .ci/run installs Debian's package (apt-get install pre-commit).`);
const describeWithPreCommit = missing === undefined ? describe : describe.skip;

/** Installing leakguard's environment runs npm install and a build: minutes on a busy 2-core machine. */
const INSTALL_TIMEOUT = 15 * 60 * 1000;
const COMMIT_HOOKS: readonly HookId[] = ['leakguard', 'leakguard-commit-msg', 'leakguard-pre-push'];

describeWithPreCommit(`leakguard's hooks in the real pre-commit framework (${version ?? 'missing'})`, () => {
  const store = new PreCommitStore();
  const token = makeGithubToken(141);
  const outputs: string[] = [];
  let repo: TempRepo;

  // The first repository installs the environment every later one reuses (the same repo and rev).
  beforeAll(() => store.repoWith(COMMIT_HOOKS).remove(), INSTALL_TIMEOUT);
  afterAll(() => store.remove());
  afterEach(() => {
    // git's own copy of the message a test wrote, not something leakguard or pre-commit wrote.
    rmSync(join(repo.dir, '.git', 'COMMIT_EDITMSG'), { force: true });
    expectNoLeak(token, ...outputs, ...filesOutsideObjectStores(join(repo.dir, '.git')));
    outputs.length = 0;
    repo.remove();
  });

  function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): RunResult {
    const result = store.run(repo, command, args, env);
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  const commitCount = (): number => Number(repo.mustGit('rev-list', '--count', 'HEAD').trim());

  function stageToken(): void {
    repo.write('config.py', `token = "${token}"\n`);
    repo.mustGit('add', 'config.py');
  }

  test('a commit that adds a secret is blocked, with the redacted report', () => {
    repo = store.repoWith(COMMIT_HOOKS);
    stageToken();
    const blocked = run('git', ['commit', '-m', 'add config']);
    expect(blocked.exitCode).toBe(1);
    expect(blocked.stdout + blocked.stderr).toMatch(/leakguard \(secrets in the staged change\)\.+Failed/);
    expect(blocked.stdout + blocked.stderr).toContain('github-classic-token');
    expect(commitCount()).toBe(1);
  });

  test('a clean commit passes', () => {
    repo = store.repoWith(COMMIT_HOOKS);
    repo.write('config.py', 'token = os.environ["TOKEN"]\n');
    repo.mustGit('add', 'config.py');
    const clean = run('git', ['commit', '-m', 'read the token from the environment']);
    expect(clean.stdout + clean.stderr).toMatch(/leakguard \(secrets in the staged change\)\.+Passed/);
    expect(clean.exitCode).toBe(0);
    expect(commitCount()).toBe(2);
  });

  test('SKIP=leakguard lets the commit through, deliberately', () => {
    repo = store.repoWith(COMMIT_HOOKS);
    stageToken();
    const skipped = run('git', ['commit', '-m', 'add config'], { SKIP: 'leakguard' });
    expect(skipped.exitCode).toBe(0);
    expect(skipped.stdout + skipped.stderr).toMatch(/leakguard \(secrets in the staged change\)\.+Skipped/);
    expect(commitCount()).toBe(2);
  });

  test('--all-files and --files scan the tracked files with leakguard-files; the staged hook says it read nothing instead of passing', () => {
    repo = store.repoWith([...COMMIT_HOOKS, 'leakguard-files']);
    stageToken();
    repo.mustGit('commit', '-q', '--no-verify', '-m', 'a secret committed before pre-commit ran');
    const files = run('pre-commit', ['run', 'leakguard-files', '--all-files']);
    expect(files.exitCode).toBe(1);
    expect(files.stdout).toContain('config.py');
    expect(files.stdout).toContain('github-classic-token');
    expect(run('pre-commit', ['run', 'leakguard-files', '--files', 'config.py']).exitCode).toBe(1);
    const staged = run('pre-commit', ['run', 'leakguard', '--all-files']);
    expect(staged.stdout).toMatch(/leakguard \(secrets in the staged change\)\.+Failed/);
    expect(staged.stdout).toContain('nothing is staged');
  });

  test('a push of a commit that adds a secret is blocked by leakguard-pre-push; a clean push passes', () => {
    repo = store.repoWith(COMMIT_HOOKS);
    repo.addBareRemote();
    // A new branch whose history reaches a root commit: pre-commit exports no range, only the refs.
    expect(run('git', ['push', '-q', 'origin', 'HEAD:main']).exitCode).toBe(0);
    stageToken();
    repo.mustGit('commit', '-q', '--no-verify', '-m', 'add config');
    // A fast-forward: PRE_COMMIT_FROM_REF..PRE_COMMIT_TO_REF.
    const blocked = run('git', ['push', 'origin', 'HEAD:main']);
    expect(blocked.exitCode).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toMatch(/leakguard \(secrets in the pushed commits\)\.+Failed/);
    expect(blocked.stdout + blocked.stderr).toContain('github-classic-token');
  });

  test('a commit message that holds a secret is blocked by leakguard-commit-msg', () => {
    repo = store.repoWith(COMMIT_HOOKS);
    repo.write('notes.txt', 'notes\n');
    repo.mustGit('add', 'notes.txt');
    const blocked = run('git', ['commit', '-m', `use ${token}`]);
    expect(blocked.exitCode).toBe(1);
    expect(blocked.stdout + blocked.stderr).toMatch(/leakguard \(secrets in the commit message\)\.+Failed/);
    expect(commitCount()).toBe(1);
  });
});

describe('leakguard install and uninstall where the pre-commit framework manages the hooks', () => {
  const token = makeGithubToken(142);
  const outputs: string[] = [];
  let repo: TempRepo;

  beforeEach(() => {
    repo = createTempRepo();
  });
  afterEach(() => {
    rmSync(join(repo.dir, '.git', 'COMMIT_EDITMSG'), { force: true });
    expectNoLeak(token, ...outputs, ...filesOutsideObjectStores(join(repo.dir, '.git')));
    outputs.length = 0;
    repo.remove();
  });

  function run(result: RunResult): RunResult {
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  function commitToken(): RunResult {
    repo.write('config.py', `token = "${token}"\n`);
    repo.mustGit('add', 'config.py');
    return run(repo.run('git', ['commit', '-m', 'add config']));
  }

  test('install says what to add to .pre-commit-config.yaml and writes no hook', () => {
    repo.write('.pre-commit-config.yaml', 'repos: []\n');
    const refused = run(repo.leakguard(['install']));
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('the pre-commit framework manages the hooks');
    expect(refused.stderr).toContain('- id: leakguard-pre-push');
    expect(existsSync(join(repo.dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
  });

  test('install in a repository whose .pre-commit-config.yaml runs leakguard has nothing to do, and exits 0', () => {
    repo.write('.pre-commit-config.yaml', preCommitConfig(['leakguard']));
    const done = run(repo.leakguard(['install']));
    expect(done.exitCode).toBe(0);
    expect(done.stdout).toContain('already runs leakguard; nothing to install');
    expect(existsSync(join(repo.dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
  });

  const withPreCommit = missing === undefined ? test : test.skip;

  withPreCommit('after `pre-commit install` moved the hook to pre-commit.legacy, it still scans and chains, and uninstall removes it there', () => {
    repo.write('.git/hooks/pre-commit', '#!/bin/sh\necho "the user hook ran" >&2\n');
    chmodSync(join(repo.dir, '.git', 'hooks', 'pre-commit'), 0o755);
    expect(run(repo.leakguard(['install'])).exitCode).toBe(0);
    repo.write('.pre-commit-config.yaml', 'repos: []\n');
    expect(run(repo.run('pre-commit', ['install'])).stdout).toContain('migration mode');
    repo.write('notes.txt', 'notes\n');
    repo.mustGit('add', 'notes.txt');
    const clean = run(repo.run('git', ['commit', '-m', 'notes']));
    expect(clean.stderr).toContain('the user hook ran');
    expect(clean.exitCode).toBe(0);
    const blocked = commitToken();
    expect(blocked.exitCode).toBe(1);
    expect(blocked.stdout + blocked.stderr).toContain('github-classic-token');
    expect(run(repo.leakguard(['status'])).stdout).toContain('runs leakguard: ' + join(repo.dir, '.git', 'hooks', 'pre-commit.legacy') + ' calls it');
    const uninstalled = run(repo.leakguard(['uninstall']));
    expect(uninstalled.stdout).toContain(join(repo.dir, '.git', 'hooks', 'pre-commit.legacy'));
    expect(repo.read('.git/hooks/pre-commit.legacy')).toContain('the user hook ran');
    const passed = run(repo.run('git', ['commit', '-m', 'add config']));
    expect(passed.stderr).toContain('the user hook ran');
    expect(passed.exitCode).toBe(0);
  });
});
