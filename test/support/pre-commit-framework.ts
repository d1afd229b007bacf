import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, createTempRepo, type RunResult, type TempRepo } from './temp-repo';

/** The real pre-commit (Debian's package, which .ci/run installs), or why the tests cannot use it. */
export function preCommitVersion(): { version?: string; missing?: string } {
  const result = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  if (result.error !== undefined || result.status !== 0) return { missing: `pre-commit is not installed (${result.error?.message ?? result.stderr.trim()})` };
  return { version: result.stdout.trim() };
}

/** The ids of leakguard's .pre-commit-hooks.yaml a test's .pre-commit-config.yaml names. */
export type HookId = 'leakguard' | 'leakguard-files' | 'leakguard-commit-msg' | 'leakguard-pre-push';

/**
 * What a user writes: leakguard's repository at a commit. pre-commit clones it and installs the package
 * from that clone (languages/node.py: npm install, npm pack, npm install -g of the tarball), as it would
 * from GitHub. The commit is this checkout's HEAD: what is not committed is not tested.
 */
export function preCommitConfig(ids: readonly HookId[]): string {
  const rev = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).stdout.trim();
  return `repos:\n  - repo: ${PROJECT_ROOT}\n    rev: ${rev}\n    hooks:\n${ids.map((id) => `      - id: ${id}\n`).join('')}`;
}

/**
 * One pre-commit store (PRE_COMMIT_HOME) for a test file: pre-commit installs leakguard's environment
 * once per repository and rev, which takes a minute or two (npm installs the devDependencies to build).
 * npm uses the machine's cache, and prefers it to the registry, so a warm cache makes it quicker.
 */
export class PreCommitStore {
  readonly home = mkdtempSync(join(tmpdir(), 'leakguard-pre-commit-'));

  env(): NodeJS.ProcessEnv {
    return { PRE_COMMIT_HOME: this.home, npm_config_cache: process.env['npm_config_cache'] ?? join(homedir(), '.npm'), npm_config_prefer_offline: 'true', PRE_COMMIT_COLOR: 'never' };
  }

  /** A repository whose hooks pre-commit manages, with leakguard's hooks `ids` in its config, installed. */
  repoWith(ids: readonly HookId[]): TempRepo {
    const repo = createTempRepo();
    repo.write('.pre-commit-config.yaml', preCommitConfig(ids));
    this.must(repo, ['install', '--hook-type', 'pre-commit', '--hook-type', 'commit-msg', '--hook-type', 'pre-push']);
    this.must(repo, ['install-hooks']);
    repo.mustGit('add', '.pre-commit-config.yaml');
    repo.mustGit('commit', '-q', '--no-verify', '-m', 'pre-commit config');
    return repo;
  }

  run(repo: TempRepo, command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): RunResult {
    return repo.run(command, args, { env: { ...this.env(), ...env } });
  }

  private must(repo: TempRepo, args: readonly string[]): void {
    const result = this.run(repo, 'pre-commit', args);
    if (result.exitCode !== 0) throw new Error(`pre-commit ${args.join(' ')} failed (${result.exitCode}):\n${result.stdout}\n${result.stderr}`);
  }

  remove(): void {
    rmSync(this.home, { recursive: true, force: true });
  }
}
