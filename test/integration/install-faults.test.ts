// The module object itself (not a namespace copy), so a spy on it is what src calls.
import fs = require('node:fs');
import { join } from 'node:path';
import { installCommand, uninstallCommand } from '../../src/cli/commands/install';
import { runIn, type Ran } from '../support/run-command';
import { expectNoLeak, makeGithubToken } from '../support/secrets';
import type { RunResult, TempRepo } from '../support/temp-repo';
import { createUserHookRepo } from '../support/user-hook-repo';

/** What one entry of the hooks directory holds: a symlink's target, or a file's bytes and mode. */
type Entry = { readonly target: string } | { readonly bytes: Buffer; readonly mode: number };
type HooksState = ReadonlyMap<string, Entry>;

/** Every call by which install or uninstall changes the hooks directory. */
const WRITES = ['renameSync', 'writeFileSync', 'symlinkSync', 'chmodSync', 'rmSync', 'mkdirSync', 'copyFileSync', 'unlinkSync'] as const;

/**
 * install killed at each of its steps: the hooks directory is recorded before every call that changes
 * it (what a SIGKILL just then would leave), and each recorded state is then put back and judged by a
 * real `git commit`. Deterministic where the e2e test's kills are random.
 */
describe('install and uninstall stopped before any of their writes', () => {
  let repo: TempRepo;
  let hooksDir: string;
  let hook: string;
  let marker: string;
  let userHook: Buffer;
  const token = makeGithubToken(78);
  const outputs: string[] = [];

  beforeEach(() => {
    ({ repo, hooksDir, hook, marker, userHook } = createUserHookRepo());
    repo.write('token.ts', `t = "${token}"\n`);
    repo.mustGit('add', 'token.ts');
    outputs.length = 0;
  });

  afterEach(() => {
    expectNoLeak(token, ...outputs);
    repo.remove();
  });

  function readState(): HooksState {
    const state = new Map<string, Entry>();
    for (const name of fs.readdirSync(hooksDir).filter((entry) => !entry.endsWith('.sample'))) {
      const path = join(hooksDir, name);
      const stats = fs.lstatSync(path);
      state.set(name, stats.isSymbolicLink() ? { target: fs.readlinkSync(path) } : { bytes: fs.readFileSync(path), mode: stats.mode & 0o777 });
    }
    return state;
  }

  function putBack(state: HooksState): void {
    for (const name of fs.readdirSync(hooksDir).filter((entry) => !entry.endsWith('.sample'))) fs.rmSync(join(hooksDir, name));
    for (const [name, entry] of state) {
      const path = join(hooksDir, name);
      if ('target' in entry) fs.symlinkSync(entry.target, path);
      else fs.writeFileSync(path, entry.bytes, { mode: entry.mode });
      if (!('target' in entry)) fs.chmodSync(path, entry.mode);
    }
  }

  /** Runs `command` in this process, calling `beforeWrite` before each of its writes (numbered from 0). */
  async function runWithEachWrite(command: typeof installCommand, beforeWrite: (step: number) => void): Promise<Ran> {
    let step = 0;
    const spies = WRITES.map((name) => {
      const original = fs[name] as (...args: unknown[]) => unknown;
      return jest.spyOn(fs, name).mockImplementation(((...args: unknown[]) => {
        beforeWrite(step++);
        return original(...args);
      }) as never);
    });
    try {
      const ran = await runIn(repo, command, []);
      outputs.push(ran.stdout);
      return ran;
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  }

  /** The states of the hooks directory before each write of `command`, and after its last. */
  async function statesDuring(command: typeof installCommand): Promise<HooksState[]> {
    const states: HooksState[] = [];
    await runWithEachWrite(command, () => states.push(readState()));
    return [...states, readState()];
  }

  /** git commit with a token staged: blocked by leakguard, or the user's hook ran. */
  function ranAHook(): boolean {
    fs.rmSync(marker, { force: true });
    const result = repo.git('commit', '-qm', 'leak');
    outputs.push(result.stdout, result.stderr);
    if (result.exitCode === 0) repo.mustGit('reset', '-q', '--soft', 'HEAD~1');
    return fs.existsSync(marker) || (result.exitCode === 1 && result.stderr.includes('github-classic-token'));
  }

  function expectEveryStateRunsAHook(states: readonly HooksState[]): void {
    const verdicts = states.map((state, step) => {
      putBack(state);
      return { step, files: [...state.keys()].join(' '), ranAHook: ranAHook() };
    });
    expect(verdicts.filter((verdict) => !verdict.ranAHook)).toEqual([]);
  }

  test('install over a user’s hook: at every step the user’s hook or leakguard runs', async () => {
    fs.writeFileSync(hook, userHook, { mode: 0o750 });
    const states = await statesDuring(installCommand);
    expect(states.length).toBeGreaterThan(3);
    expectEveryStateRunsAHook(states);
  });

  test('install over a symlinked hook: at every step one runs, and the link is chained as a link', async () => {
    fs.mkdirSync(join(repo.dir, 'scripts'));
    fs.writeFileSync(join(repo.dir, 'scripts', 'hook.sh'), userHook, { mode: 0o755 });
    fs.symlinkSync('../../scripts/hook.sh', hook);
    const states = await statesDuring(installCommand);
    expectEveryStateRunsAHook(states);
    putBack(states[states.length - 1] as HooksState);
    expect(fs.readlinkSync(`${hook}.pre-leakguard`)).toBe('../../scripts/hook.sh');
  });

  test('uninstall stopped at any step, then run again, restores the user’s hook byte for byte', async () => {
    fs.writeFileSync(hook, userHook, { mode: 0o750 });
    await runIn(repo, installCommand, []);
    const states = await statesDuring(uninstallCommand);
    expectEveryStateRunsAHook(states);
    for (const state of states) {
      putBack(state);
      outputs.push((await runIn(repo, uninstallCommand, [])).stdout);
      expect([...readState().keys()]).toEqual(['pre-commit']);
      expect(fs.readFileSync(hook)).toEqual(userHook);
      expect(fs.statSync(hook).mode & 0o777).toBe(0o750);
    }
  });

  test('every state install passes through is undone by uninstall, and finished by install', async () => {
    fs.writeFileSync(hook, userHook, { mode: 0o750 });
    const states = await statesDuring(installCommand);
    for (const state of states) {
      putBack(state);
      outputs.push((await runIn(repo, uninstallCommand, [])).stdout);
      expect({ files: [...readState().keys()], hook: fs.readFileSync(hook) }).toEqual({ files: ['pre-commit'], hook: userHook });
      putBack(state);
      expect((await runIn(repo, installCommand, [])).exitCode).toBe(0);
      expect(fs.readFileSync(`${hook}.pre-leakguard`)).toEqual(userHook);
    }
  });

  test('a second install that runs from start to end between any two steps of the first: both succeed, the hook is chained once', async () => {
    fs.writeFileSync(hook, userHook, { mode: 0o750 });
    const steps = (await statesDuring(installCommand)).length - 1;
    for (let interrupted = 0; interrupted < steps; interrupted += 1) {
      putBack(new Map([['pre-commit', { bytes: userHook, mode: 0o750 }]]));
      let second: RunResult | undefined;
      const first = await runWithEachWrite(installCommand, (step) => {
        if (step === interrupted) second = repo.leakguard(['install']);
      });
      outputs.push(second?.stdout ?? '', second?.stderr ?? '');
      expect({ interrupted, first: first.exitCode, second: second?.exitCode }).toEqual({ interrupted, first: 0, second: 0 });
      expect(fs.readFileSync(hook, 'utf8')).toContain('# leakguard-managed-hook');
      expect(fs.readFileSync(`${hook}.pre-leakguard`)).toEqual(userHook);
    }
  });
});
