import { chmodSync, existsSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, createTempRepo, type TempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

const EXISTING_HOOK = '#!/bin/sh\necho "existing hook ran" >&2\nexit 0\n';

describe('leakguard install and uninstall', () => {
  let repo: TempRepo;
  const token = makeGithubToken(31);

  beforeEach(() => {
    repo = createTempRepo();
  });
  afterEach(() => repo.remove());

  function stage(content: string): void {
    repo.write('a.ts', content);
    repo.mustGit('add', 'a.ts');
  }

  test('an existing hook is chained: it still runs, and uninstall restores it byte for byte', () => {
    const hook = join(repo.dir, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, EXISTING_HOOK);
    chmodSync(hook, 0o750);
    const installed = repo.leakguard(['install']);
    expect(installed.stdout).toContain('pre-commit.pre-leakguard');

    stage('clean\n');
    const clean = repo.git('commit', '-qm', 'clean');
    expect(clean.exitCode).toBe(0);
    expect(clean.stderr).toContain('existing hook ran');

    stage(`t = "${token}"\n`);
    const blocked = repo.git('commit', '-qm', 'leak');
    expect(blocked.exitCode).toBe(1);
    expect(blocked.stderr).not.toContain('existing hook ran');
    expectNoLeak(token, blocked.stdout, blocked.stderr);

    expect(repo.leakguard(['uninstall']).exitCode).toBe(0);
    expect(readFileSync(hook, 'utf8')).toBe(EXISTING_HOOK);
    expect(statSync(hook).mode & 0o777).toBe(0o750);
    expect(existsSync(`${hook}.pre-leakguard`)).toBe(false);
  });

  test('install twice changes nothing; uninstall without a hook is a no-op', () => {
    repo.leakguard(['install']);
    const hook = join(repo.dir, '.git', 'hooks', 'pre-commit');
    const first = readFileSync(hook, 'utf8');
    const again = repo.leakguard(['install']);
    expect(again.stdout).toContain('already installed');
    expect(readFileSync(hook, 'utf8')).toBe(first);
    expect(existsSync(`${hook}.pre-leakguard`)).toBe(false);
    expect(repo.leakguard(['uninstall']).exitCode).toBe(0);
    expect(existsSync(hook)).toBe(false);
    expect(repo.leakguard(['uninstall']).stdout).toContain('nothing to do');
  });

  test('core.hooksPath is honoured', () => {
    repo.mustGit('config', 'core.hooksPath', 'tools/hooks');
    repo.leakguard(['install']);
    expect(existsSync(join(repo.dir, 'tools', 'hooks', 'pre-commit'))).toBe(true);
    stage(`t = "${token}"\n`);
    expect(repo.git('commit', '-qm', 'leak').exitCode).toBe(1);
  });

  test('installed from a linked worktree, the hook guards every worktree', () => {
    stage('base\n');
    repo.mustGit('commit', '-qm', 'base');
    const worktree = join(repo.root, 'wt');
    repo.mustGit('worktree', 'add', '-q', worktree);
    expect(repo.leakguard(['install'], { cwd: worktree }).exitCode).toBe(0);
    expect(existsSync(join(repo.dir, '.git', 'hooks', 'pre-commit'))).toBe(true);
    writeFileSync(join(worktree, 'b.ts'), `t = "${token}"\n`);
    expect(repo.run('git', ['add', 'b.ts'], { cwd: worktree }).exitCode).toBe(0);
    expect(repo.run('git', ['commit', '-qm', 'leak'], { cwd: worktree }).exitCode).toBe(1);
    stage(`t = "${token}"\n`);
    expect(repo.git('commit', '-qm', 'leak').exitCode).toBe(1);
  });

  test('husky: a marked block joins the user hook file and leaves with uninstall', () => {
    const userHook = '#!/usr/bin/env sh\nnpm run lint-staged-stub\n';
    mkdirSync(join(repo.dir, '.husky', '_'), { recursive: true });
    repo.write('.husky/pre-commit', userHook);
    repo.write('.husky/_/pre-commit', '#!/usr/bin/env sh\nsh -e "$(dirname "$0")/../pre-commit" "$@"\n');
    chmodSync(join(repo.dir, '.husky', '_', 'pre-commit'), 0o755);
    repo.mustGit('config', 'core.hooksPath', '.husky/_');
    repo.write('package.json', JSON.stringify({ name: 'x', scripts: { 'lint-staged-stub': 'echo lint ran' } }));

    expect(repo.leakguard(['install']).stdout).toContain('husky');
    const withBlock = repo.read('.husky/pre-commit');
    expect(withBlock.startsWith('#!/usr/bin/env sh\n# >>> leakguard >>>')).toBe(true);
    expect(withBlock.endsWith('npm run lint-staged-stub\n')).toBe(true);
    expect(repo.read('.husky/_/pre-commit')).not.toContain('leakguard');
    expect(repo.leakguard(['install']).stdout).toContain('already installed');

    // The husky block records no machine paths (the file is shared): it finds the project's own CLI.
    repo.write('node_modules/.bin/leakguard', `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
    chmodSync(join(repo.dir, 'node_modules', '.bin', 'leakguard'), 0o755);
    stage(`t = "${token}"\n`);
    const blocked = repo.git('commit', '-qm', 'leak');
    expect(blocked.exitCode).toBe(1);
    expect(blocked.stderr).toContain('github-classic-token');

    repo.leakguard(['uninstall']);
    expect(repo.read('.husky/pre-commit')).toBe(userHook);
  });

  test('lefthook: refused without --force, with the lefthook.yml snippet', () => {
    repo.write('lefthook.yml', 'pre-commit:\n  jobs:\n    - run: npm test\n');
    const refused = repo.leakguard(['install']);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('run: npx --no leakguard scan --staged');
    expect(existsSync(join(repo.dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
    expect(repo.leakguard(['install', '--force']).exitCode).toBe(0);
  });

  test('a hook that cannot find leakguard fails closed, names the fix and the bypass; LEAKGUARD_SKIP=1 passes', () => {
    // As when the leakguard that ran install has moved away and none is in node_modules or on PATH.
    repo.leakguard(['install']);
    const hook = join(repo.dir, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, readFileSync(hook, 'utf8').replace(/leakguard_recorded_cli='[^']*'/, `leakguard_recorded_cli='${join(repo.root, 'gone', 'leakguard.js')}'`));
    stage('clean\n');
    const blocked = repo.git('commit', '-qm', 'x');
    expect(blocked.exitCode).not.toBe(0);
    expect(blocked.stderr).toContain('cannot find leakguard');
    expect(blocked.stderr).toContain('npm i -D leakguard');
    expect(blocked.stderr).toContain('--no-verify');

    const skipped = repo.run('git', ['commit', '-qm', 'x'], { env: { LEAKGUARD_SKIP: '1' } });
    expect(skipped.exitCode).toBe(0);
    expect(skipped.stderr).toContain('NOT scanned');
  });
});
