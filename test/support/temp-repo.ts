import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, relative, isAbsolute } from 'node:path';

export const PROJECT_ROOT = resolve(__dirname, '../..');
export const CLI = join(PROJECT_ROOT, 'bin', 'leakguard.js');

export interface RunResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * A git repository in a temporary directory, isolated from the developer's git setup: its own HOME,
 * no system config, a fixed global config. Commands return their outcome instead of throwing, because a
 * blocked commit is an expected result.
 */
export class TempRepo {
  readonly root: string;
  readonly dir: string;
  readonly env: NodeJS.ProcessEnv;

  constructor(root: string, dir: string, env: NodeJS.ProcessEnv) {
    this.root = root;
    this.dir = dir;
    this.env = env;
  }

  run(command: string, args: readonly string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): RunResult {
    const result = spawnSync(command, args, {
      cwd: options.cwd ?? this.dir,
      env: { ...this.env, ...options.env },
      input: options.input ?? '',
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (result.error) throw result.error;
    return { exitCode: result.status ?? 128, stdout: result.stdout, stderr: result.stderr };
  }

  git(...args: string[]): RunResult {
    return this.run('git', args);
  }

  /** Runs git and throws on failure: for setup steps that are not what the test is about. */
  mustGit(...args: string[]): string {
    const result = this.git(...args);
    if (result.exitCode !== 0) throw new Error(`git ${args.join(' ')} failed (${result.exitCode}): ${result.stderr}`);
    return result.stdout;
  }

  leakguard(args: readonly string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): RunResult {
    return this.run(process.execPath, [CLI, ...args], options);
  }

  write(path: string, content: string | Buffer): string {
    const target = join(this.dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    return target;
  }

  read(path: string): string {
    return readFileSync(join(this.dir, path), 'utf8');
  }

  /** A bare repository beside the work tree, added as the remote `origin`: what pushes go to. */
  addBareRemote(): string {
    const remote = join(this.root, 'remote.git');
    this.mustGit('init', '-q', '--bare', remote);
    this.mustGit('remote', 'add', 'origin', remote);
    return remote;
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/**
 * Variables git sets for hooks: inherited from a surrounding hook, they would point at another repo.
 * And what a hook manager or our shim sets for the scan it runs: the report's advice depends on them.
 */
const INHERITED_HOOK_VARIABLES = /^(?:GIT_|LEAKGUARD_|PRE_COMMIT)/;

export function isolatedEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!INHERITED_HOOK_VARIABLES.test(key) && key !== 'NO_COLOR' && key !== 'FORCE_COLOR') env[key] = value;
  }
  // The CI running these tests sets CI, where `leakguard install` installs nothing; the tests are a
  // developer's machine (a test of CI sets it itself).
  delete env.CI;
  writeFileSync(
    join(home, '.gitconfig'),
    '[user]\n\tname = Test\n\temail = test@example.com\n[commit]\n\tgpgsign = false\n[tag]\n\tgpgsign = false\n' +
      '[gc]\n\tauto = 0\n[init]\n\tdefaultBranch = main\n[core]\n\tautocrlf = false\n',
  );
  return { ...env, HOME: home, USERPROFILE: home, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(home, '.gitconfig'), GIT_TERMINAL_PROMPT: '0' };
}

export function createTempRepo(options: { bare?: boolean; init?: boolean } = {}): TempRepo {
  const root = mkdtempSync(join(tmpdir(), 'leakguard-test-'));
  const relation = relative(PROJECT_ROOT, root);
  if (relation === '' || (!relation.startsWith('..') && !isAbsolute(relation))) {
    throw new Error(`refusing to create a test repository inside the project checkout: ${root}`);
  }
  const home = join(root, 'home');
  const dir = join(root, 'repo');
  mkdirSync(home);
  mkdirSync(dir);
  const repo = new TempRepo(root, dir, isolatedEnv(home));
  if (options.init !== false) repo.mustGit('init', '-q', ...(options.bare ? ['--bare'] : []));
  return repo;
}

/**
 * The contents of every file under `dir` but git's object stores, which hold what a test itself
 * committed: nothing leakguard (or git on its behalf) writes elsewhere may hold a planted secret.
 */
export function filesOutsideObjectStores(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((entry) => join(dir, entry))
    .filter((path) => statSync(path, { throwIfNoEntry: false })?.isFile() === true && !path.includes('objects'))
    .map((path) => readFileSync(path, 'latin1'));
}
