import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { PATH_WITHOUT_LEAKGUARD, writeScript } from '../support/hook-env';
import { huskyInit } from '../support/husky';
import { expectNoLeak, makeGithubToken } from '../support/secrets';
import { CLI, PROJECT_ROOT, createTempRepo, type RunResult, type TempRepo, filesOutsideObjectStores } from '../support/temp-repo';

describe('leakguard status, and what install says about shared hooks', () => {
  let repo: TempRepo;
  const token = makeGithubToken(111);
  const outputs: string[] = [];

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
  });

  afterEach(() => {
    expectNoLeak(token, ...outputs, ...filesOutsideObjectStores(join(repo.dir, '.husky')), ...filesOutsideObjectStores(join(repo.dir, '.git')));
    repo.remove();
  });

  function run(result: RunResult): RunResult {
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  const leakguard = (args: readonly string[]) => run(repo.leakguard(args, { env: { PATH: PATH_WITHOUT_LEAKGUARD } }));

  let files = 0;
  /** A new file each time: a line already committed is not added again, and would not be scanned. */
  function commitToken(): RunResult {
    const path = `file-${(files += 1)}.ts`;
    repo.write(path, `t = "${token}"\n`);
    repo.mustGit('add', path);
    return run(repo.run('git', ['commit', '-m', 'change'], { env: { PATH: PATH_WITHOUT_LEAKGUARD } }));
  }

  /** The project's leakguard as npm installs it. */
  function installPackage(): void {
    mkdirSync(join(repo.dir, 'node_modules'));
    symlinkSync(PROJECT_ROOT, join(repo.dir, 'node_modules', 'leakguard'));
    repo.write('.gitignore', 'node_modules\n');
  }

  test('core.hooksPath set after install (husky init) silently drops leakguard: status says so (exit 1), install again fixes it', () => {
    installPackage();
    leakguard(['install']);
    expect(leakguard(['status']).exitCode).toBe(0);
    expect(commitToken().stderr).toContain('github-classic-token');

    huskyInit(repo, 'echo "lint ran" >&2\n');
    // The gap: git now runs husky's hooks, and a token goes in without a word.
    expect(commitToken().exitCode).toBe(0);
    const status = leakguard(['status']);
    expect(status.exitCode).toBe(1);
    expect(status.stdout).toContain(`Hooks git runs, from ${join(repo.dir, '.husky', '_')} (core.hooksPath=.husky/_, local config .git/config):`);
    expect(status.stdout).toContain(`  pre-commit  does NOT run leakguard: ${join(repo.dir, '.husky', 'pre-commit')} does not call it. Fix: leakguard install`);
    expect(status.stdout).toContain(`  commit-msg  does NOT run leakguard: ${join(repo.dir, '.husky', 'commit-msg')} does not call it.`);
    expect(status.stdout).toContain(`leakguard's hooks in ${join(repo.dir, '.git', 'hooks')} no longer run: core.hooksPath=.husky/_ points git elsewhere`);

    leakguard(['install']);
    const fixed = leakguard(['status']);
    expect(fixed.stdout).toContain(`  pre-commit  runs leakguard: husky runs ${join(repo.dir, '.husky', 'pre-commit')}, which holds leakguard's block`);
    expect(fixed.stdout).toContain(`  leakguard ${join(repo.dir, 'node_modules', 'leakguard', 'bin', 'leakguard.js')} (0.1.0)`);
    expect(fixed.exitCode).toBe(0);
    expect(fixed.stdout).not.toContain('no longer run');
    const blocked = commitToken();
    expect(blocked.exitCode).toBe(1);
    expect(blocked.stderr).toContain('github-classic-token');
  });

  test('it names the node and CLI the hooks find, the config and baseline that apply, and what no hook covers', () => {
    writeScript(join(repo.dir, '.git', 'hooks', 'pre-push'), 'exit 0');
    leakguard(['install']);
    repo.write('.leakguardrc.json', '{}\n');
    repo.write('.secretbaseline.jsonl', '');
    const status = leakguard(['status']);
    expect(status.exitCode).toBe(0);
    const pushHook = join(repo.dir, '.git', 'hooks', 'pre-push');
    expect(status.stdout).toContain(`  pre-push    runs leakguard: leakguard's hook at ${pushHook}, then the hook it chains, ${pushHook}.pre-leakguard`);
    expect(status.stdout).toMatch(/The hooks find, from this shell: node \S+ \(v\d+\.\d+\.\d+\)/);
    expect(status.stdout).toContain(`  leakguard ${CLI} (0.1.0)`);
    expect(status.stdout).toContain(`Config: ${join(repo.dir, '.leakguardrc.json')}`);
    expect(status.stdout).toContain(`Baseline: ${join(repo.dir, '.secretbaseline.jsonl')}`);
    for (const operation of ['git merge without conflicts   runs pre-merge-commit', 'git cherry-pick, git revert, git rebase', 'git am', 'git commit --no-verify', 'git push --no-verify']) {
      expect(status.stdout).toContain(operation);
    }
  });

  test('a hook that is not executable, and lefthook hooks with and without leakguard, are told apart', () => {
    const hooks = join(repo.dir, '.git', 'hooks');
    writeScript(join(hooks, 'pre-commit'), 'lefthook run "pre-commit" "$@"');
    repo.write('lefthook.yml', 'pre-commit:\n  jobs:\n    - name: leakguard\n      run: npx leakguard scan --staged\npre-push:\n  jobs:\n    - run: npm test\n');
    writeScript(join(hooks, 'pre-push'), 'lefthook run "pre-push" "$@"');
    repo.write('.git/hooks/commit-msg', '#!/bin/sh\nnpx leakguard scan --commit-msg "$1"\n');
    chmodSync(join(hooks, 'commit-msg'), 0o644);
    const status = leakguard(['status']);
    expect(status.exitCode).toBe(1);
    expect(status.stdout).toContain(`  pre-commit  runs leakguard: ${join(repo.dir, 'lefthook.yml')} calls it`);
    expect(status.stdout).toContain(`  commit-msg  does NOT run leakguard: ${join(hooks, 'commit-msg')} is not executable, so git skips it.`);
    expect(status.stdout).toContain(`  pre-push    does NOT run leakguard: ${join(hooks, 'pre-push')} does not call it.`);
  });

  test('a node the hook finds that is too old: the hook blocks every commit, and status says why (exit 1)', () => {
    leakguard(['install']);
    const bin = join(repo.root, 'old-node');
    writeScript(join(bin, 'node'), '[ "$1" = --version ] && { echo v16.20.2; exit 0; }\necho "leakguard: needs Node.js 20 or newer; the node at /old/node is v16.20.2." >&2\nexit 2');
    const status = run(repo.leakguard(['status'], { env: { PATH: `${bin}:${PATH_WITHOUT_LEAKGUARD}` } }));
    expect(status.stdout).toContain(`node ${join(bin, 'node')} (v16.20.2)`);
    expect(status.stdout).toContain('and it does not run, so every commit is blocked: leakguard: needs Node.js 20 or newer');
    expect(status.exitCode).toBe(1);
  });

  test('a config that does not load stops every scan: status says so (exit 1)', () => {
    leakguard(['install']);
    repo.write('.leakguardrc.json', '{ "disabled": ["generic-secret"] }\n');
    const status = leakguard(['status']);
    expect(status.stdout).toContain('Config: does not load, so every scan stops (exit 2):');
    expect(status.stdout).toContain('.leakguardrc.json');
    expect(status.exitCode).toBe(1);
  });

  test('outside a repository: exit 2', () => {
    const outside = createTempRepo({ init: false });
    try {
      const result = outside.leakguard(['status']);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain('not inside a git work tree');
    } finally {
      outside.remove();
    }
  });

  test('install warns when core.hooksPath comes from the global config, or names a directory git tracks', () => {
    expect(leakguard(['install']).stderr).toBe('');
    leakguard(['uninstall']);

    repo.mustGit('config', '--global', 'core.hooksPath', join(repo.root, 'home', 'hooks'));
    const global = leakguard(['install']);
    expect(global.exitCode).toBe(0);
    expect(global.stderr).toContain(`core.hooksPath is set in the global git config (${join(repo.root, 'home', '.gitconfig')}), so every repository on this machine runs the hooks in ${join(repo.root, 'home', 'hooks')}`);
    leakguard(['uninstall']);

    repo.mustGit('config', 'core.hooksPath', 'tools/hooks');
    repo.write('tools/hooks/README', 'our hooks\n');
    repo.mustGit('add', 'tools/hooks/README');
    const committed = leakguard(['install']);
    expect(committed.stderr).toContain(`git tracks files in ${join(repo.dir, 'tools', 'hooks')}, so the hooks there are shared with everyone who clones this repository`);
    expect(committed.stderr).not.toContain('every repository on this machine');
  });
});
