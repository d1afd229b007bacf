import { spawn } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CLI, filesOutsideObjectStores, type TempRepo } from '../support/temp-repo';
import { createUserHookRepo } from '../support/user-hook-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

/**
 * install under faults: killed at any instant, or run twice at once, it must leave a pre-commit hook
 * that runs (the user's or leakguard's), and uninstall must put the user's hook back byte for byte.
 */
describe('install under SIGKILL and concurrency', () => {
  let repo: TempRepo;
  let hooksDir: string;
  let hook: string;
  let marker: string;
  let userHook: Buffer;
  const token = makeGithubToken(77);
  const outputs: string[] = [];

  beforeEach(() => {
    ({ repo, hooksDir, hook, marker, userHook } = createUserHookRepo());
    outputs.length = 0;
  });

  afterEach(() => {
    expectNoLeak(token, ...outputs, ...filesOutsideObjectStores(join(repo.dir, '.git')));
    repo.remove();
  });

  /** Only the user's hook, as before any install; git's *.sample files stay. */
  function resetToUserHook(): void {
    for (const name of leakguardFiles()) rmSync(join(hooksDir, name), { force: true });
    writeFileSync(hook, userHook);
    chmodSync(hook, 0o750);
    rmSync(marker, { force: true });
  }

  const leakguardFiles = () => readdirSync(hooksDir).filter((name) => !name.endsWith('.sample'));

  function startInstall(): { child: ReturnType<typeof spawn>; exited: Promise<number | null> } {
    const child = spawn(process.execPath, [CLI, 'install'], { cwd: repo.dir, env: repo.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => {
      outputs.push(output);
      resolve(code);
    }));
    return { child, exited };
  }

  /**
   * Kills install after `delayMs`, or sooner: it watches the hook files (a busy loop of lstat, a few
   * microseconds a turn, against the tens between two of install's system calls) and kills on a change
   * it sees with the odds given, so the kill also lands right after one of install's steps.
   */
  async function killInstall(delayMs: number, killOdds: number): Promise<void> {
    const { child, exited } = startInstall();
    let hasExited = false;
    void exited.then(() => (hasExited = true));
    const deadline = performance.now() + delayMs;
    let seen = hookFilesState();
    let isKillDue = false;
    while (!isKillDue && !hasExited && performance.now() < deadline) {
      for (let turn = 0; turn < 1000 && !isKillDue; turn += 1) {
        const now = hookFilesState();
        isKillDue = now !== seen && Math.random() < killOdds;
        seen = now;
      }
      // Lets the loop see the process exit.
      await new Promise((resolve) => setImmediate(resolve));
    }
    kill(child.pid);
    await exited;
  }

  /** Which files are at the hook's path and the chained hook's, by inode: a rename changes it. */
  function hookFilesState(): string {
    return [hook, `${hook}.pre-leakguard`].map((path) => lstatSync(path, { throwIfNoEntry: false })?.ino ?? '-').join(' ');
  }

  /** A process already reaped is not an error: it finished before the kill. */
  function kill(pid: number | undefined): void {
    try {
      if (pid !== undefined) process.kill(pid, 'SIGKILL');
    } catch {
      // ESRCH
    }
  }

  /** A commit adding a token: either leakguard blocks it, or the user's hook runs (and it is undone). */
  function commitRunsAHook(): { isBlocked: boolean; userHookRan: boolean } {
    const result = repo.git('commit', '-qm', 'leak');
    outputs.push(result.stdout, result.stderr);
    const userHookRan = existsSync(marker);
    if (result.exitCode === 0) repo.mustGit('reset', '-q', '--soft', 'HEAD~1');
    return { isBlocked: result.exitCode === 1 && result.stderr.includes('github-classic-token'), userHookRan };
  }

  function expectUninstallRestores(): void {
    const removed = repo.leakguard(['uninstall']);
    outputs.push(removed.stdout, removed.stderr);
    expect(removed.exitCode).toBe(0);
    expect(readFileSync(hook)).toEqual(userHook);
    expect(statSync(hook).mode & 0o777).toBe(0o750);
    expect(leakguardFiles()).toEqual(['pre-commit']);
  }

  function expectInstalledOnce(): void {
    expect(readFileSync(hook, 'utf8')).toContain('# leakguard-managed-hook');
    // The shim chains the user's hook, never itself.
    expect(readFileSync(`${hook}.pre-leakguard`)).toEqual(userHook);
    expect(statSync(`${hook}.pre-leakguard`).mode & 0o777).toBe(0o750);
  }

  test('killed at any point, install leaves a hook that runs; the next install or uninstall cleans up', async () => {
    repo.write('token.ts', `t = "${token}"\n`);
    repo.mustGit('add', 'token.ts');
    resetToUserHook();
    const started = performance.now();
    const run = startInstall();
    expect(await run.exited).toBe(0);
    // Delays up to a full install's time (node's start-up included), measured on this machine now.
    const fullRunMs = performance.now() - started;
    for (let iteration = 0; iteration < 20; iteration += 1) {
      resetToUserHook();
      // Half the kills come at the first change install makes; half at a random time, or a later change.
      if (iteration % 2 === 0) await killInstall(2 * fullRunMs, 1);
      else await killInstall(Math.random() * fullRunMs, 0.5);
      const verdict = commitRunsAHook();
      expect({ iteration, files: leakguardFiles(), ranAHook: verdict.isBlocked || verdict.userHookRan }).toEqual({ iteration, files: leakguardFiles(), ranAHook: true });
      if (iteration % 3 === 0) {
        const again = repo.leakguard(['install']);
        outputs.push(again.stdout, again.stderr);
        expect(again.exitCode).toBe(0);
        expectInstalledOnce();
        expect(commitRunsAHook().isBlocked).toBe(true);
      }
      expectUninstallRestores();
    }
  }, 60_000);

  test('two installs at once both succeed, and the shim chains the user’s hook exactly once', async () => {
    for (let iteration = 0; iteration < 8; iteration += 1) {
      resetToUserHook();
      const first = startInstall();
      const second = startInstall();
      expect({ iteration, codes: await Promise.all([first.exited, second.exited]) }).toEqual({ iteration, codes: [0, 0] });
      expectInstalledOnce();
      expectUninstallRestores();
    }
  }, 60_000);
});
