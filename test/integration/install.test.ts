import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installCommand, uninstallCommand } from '../../src/cli/commands/install';
import { INSTALL_NEXT_STEPS } from '../../src/cli/messages/install';
import { LeakguardError } from '../../src/model/errors';
import { runIn } from '../support/run-command';
import { CLI, createTempRepo, type TempRepo } from '../support/temp-repo';

const MARKER = '# leakguard-managed-hook v1';
const BLOCK_START = '# >>> leakguard >>>';
/** A user's hook with bytes a text round trip would change: CRLF, a Latin-1 byte, no final newline. */
const USER_HOOK = Buffer.from('#!/bin/sh\r\necho "user hook ran \xe9"\r\nexit 0', 'latin1');

const install = (repo: TempRepo, args: readonly string[] = [], cwd?: string) => runIn(repo, installCommand, args, cwd);
const uninstall = (repo: TempRepo, cwd?: string) => runIn(repo, uninstallCommand, [], cwd);

async function expectLeakguardError(promise: Promise<unknown>, code: string): Promise<LeakguardError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(LeakguardError);
  expect((error as LeakguardError).code).toBe(code);
  return error as LeakguardError;
}

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('install and uninstall, standalone hook', () => {
  let repo: TempRepo;
  let hook: string;
  let messageHook: string;
  let pushHook: string;
  beforeEach(() => {
    repo = createTempRepo();
    hook = join(repo.dir, '.git', 'hooks', 'pre-commit');
    messageHook = join(repo.dir, '.git', 'hooks', 'commit-msg');
    pushHook = join(repo.dir, '.git', 'hooks', 'pre-push');
  });
  afterEach(() => repo.remove());

  test('installs into a repository with no commit yet, executable, recording this CLI and node', async () => {
    expect(repo.git('rev-parse', '--verify', '-q', 'HEAD').exitCode).not.toBe(0);
    const result = await install(repo);
    expect(result).toEqual({
      exitCode: 0,
      stdout:
        `leakguard: installed the pre-commit hook at ${hook}\nleakguard: installed the commit-msg hook at ${messageHook}\n` +
        `leakguard: installed the pre-push hook at ${pushHook}\n${INSTALL_NEXT_STEPS}`,
    });
    const text = readFileSync(hook, 'utf8');
    expect(text.split('\n')[1]).toContain(MARKER);
    expect(text).toContain(`leakguard_recorded_cli='${CLI}'`);
    expect(text).toContain(`leakguard_recorded_node='${process.execPath}'`);
    expect(modeOf(hook)).toBe(0o755);
  });

  test('installs into a repository with commits, and a second install writes nothing', async () => {
    repo.write('a.txt', 'a\n');
    repo.mustGit('add', '.');
    repo.mustGit('commit', '-qm', 'a');
    await install(repo);
    const first = readFileSync(hook, 'utf8');
    const again = await install(repo);
    expect(again.stdout).toBe(
      `leakguard: already installed at ${hook}; nothing to do.\nleakguard: already installed at ${messageHook}; nothing to do.\n` +
        `leakguard: already installed at ${pushHook}; nothing to do.\n`,
    );
    expect(readFileSync(hook, 'utf8')).toBe(first);
    expect(existsSync(`${hook}.pre-leakguard`)).toBe(false);
  });

  test('an existing hook is moved aside, chained, and restored byte for byte with its mode', async () => {
    writeFileSync(hook, USER_HOOK);
    chmodSync(hook, 0o750);
    const installed = await install(repo);
    expect(installed.stdout).toContain(`kept at ${hook}.pre-leakguard; it still runs after the scan`);
    expect(readFileSync(`${hook}.pre-leakguard`)).toEqual(USER_HOOK);
    expect(readFileSync(hook, 'utf8')).toContain(MARKER);

    expect((await install(repo)).stdout).toContain('already installed');
    const removed = await uninstall(repo);
    expect(removed.stdout).toContain(`restored the hook that was there before at ${hook}`);
    expect(readFileSync(hook)).toEqual(USER_HOOK);
    expect(modeOf(hook)).toBe(0o750);
    expect(existsSync(`${hook}.pre-leakguard`)).toBe(false);
  });

  test('a symlinked hook, even a dangling one, stays a symlink to the same place', async () => {
    symlinkSync('../../scripts/missing-hook.sh', hook);
    await install(repo);
    expect(lstatSync(hook).isSymbolicLink()).toBe(false);
    // The link itself is chained: it points where it did (relative to the same directory).
    expect(readlinkSync(`${hook}.pre-leakguard`)).toBe('../../scripts/missing-hook.sh');
    await uninstall(repo);
    expect(readlinkSync(hook)).toBe('../../scripts/missing-hook.sh');
  });

  test('a symlinked leakguard hook is updated through the link, which stays', async () => {
    await install(repo);
    mkdirSync(join(repo.dir, 'scripts'));
    const shared = join(repo.dir, 'scripts', 'pre-commit');
    writeFileSync(shared, readFileSync(hook, 'utf8').replace('scan --staged', 'scan --staged --old-flag'), { mode: 0o755 });
    rmSync(hook);
    symlinkSync('../../scripts/pre-commit', hook);
    expect((await install(repo)).stdout).toContain('updated the leakguard hook');
    expect(readlinkSync(hook)).toBe('../../scripts/pre-commit');
    expect(readFileSync(shared, 'utf8')).not.toContain('--old-flag');
  });

  test('uninstall puts back a hook that an install killed after moving it aside left with nothing at its path', async () => {
    writeFileSync(`${hook}.pre-leakguard`, USER_HOOK, { mode: 0o750 });
    const removed = await uninstall(repo);
    expect(removed.stdout).toContain(`an interrupted install had left no hook at ${hook}; restored the hook that was there before (from ${hook}.pre-leakguard)`);
    expect(readFileSync(hook)).toEqual(USER_HOOK);
    expect(modeOf(hook)).toBe(0o750);
    expect(existsSync(`${hook}.pre-leakguard`)).toBe(false);
  });

  test('what a killed install left (temp files, a copy of the hook beside it) is no conflict, and uninstall removes it', async () => {
    writeFileSync(hook, USER_HOOK, { mode: 0o750 });
    writeFileSync(`${hook}.pre-leakguard`, USER_HOOK, { mode: 0o750 });
    const temps = [join(repo.dir, '.git', 'hooks', '.pre-commit.0123456789ab.tmp'), join(repo.dir, '.git', 'hooks', '.pre-commit.pre-leakguard.ba9876543210.tmp')];
    for (const temp of temps) writeFileSync(temp, '#!/bin/sh\n# half');
    const removed = await uninstall(repo);
    expect(removed.stdout).toContain(`leakguard: no leakguard hook at ${hook}; nothing to do.\nleakguard: removed what an interrupted install left: ${temps.join(', ')}, ${hook}.pre-leakguard\n`);
    expect(readFileSync(hook)).toEqual(USER_HOOK);
    for (const leftover of [...temps, `${hook}.pre-leakguard`]) expect(existsSync(leftover)).toBe(false);

    writeFileSync(`${hook}.pre-leakguard`, USER_HOOK, { mode: 0o750 });
    expect((await install(repo)).stdout).toContain(`kept at ${hook}.pre-leakguard`);
    expect(readFileSync(`${hook}.pre-leakguard`)).toEqual(USER_HOOK);
    expect(readFileSync(hook, 'utf8')).toContain(MARKER);
  });

  test('an older leakguard shim is rewritten and the chained hook kept', async () => {
    writeFileSync(hook, USER_HOOK, { mode: 0o755 });
    await install(repo);
    const current = readFileSync(hook, 'utf8');
    writeFileSync(hook, `#!/bin/sh\n${MARKER}\nexit 0\n`);
    const updated = await install(repo);
    expect(updated.stdout).toContain(`updated the leakguard hook at ${hook}`);
    expect(updated.stdout).toContain('.pre-leakguard; it still runs');
    expect(readFileSync(hook, 'utf8')).toBe(current);
    expect(readFileSync(`${hook}.pre-leakguard`)).toEqual(USER_HOOK);
  });

  test('refuses when the place for the chained hook is already taken, and writes nothing', async () => {
    writeFileSync(hook, '#!/bin/sh\necho mine\n', { mode: 0o755 });
    writeFileSync(`${hook}.pre-leakguard`, '#!/bin/sh\necho older\n', { mode: 0o755 });
    const error = await expectLeakguardError(install(repo), 'HOOK_CONFLICT');
    expect(error.message).toContain(`${hook}.pre-leakguard already holds an earlier hook`);
    expect(readFileSync(hook, 'utf8')).toBe('#!/bin/sh\necho mine\n');
  });

  test('a refusal for pre-push leaves pre-commit untouched too: both hooks or neither', async () => {
    writeFileSync(pushHook, '#!/bin/sh\necho mine\n', { mode: 0o755 });
    writeFileSync(`${pushHook}.pre-leakguard`, '#!/bin/sh\necho older\n', { mode: 0o755 });
    const error = await expectLeakguardError(install(repo), 'HOOK_CONFLICT');
    expect(error.message).toContain(`${pushHook}.pre-leakguard already holds an earlier hook`);
    expect(existsSync(hook)).toBe(false);
    expect(readFileSync(pushHook, 'utf8')).toBe('#!/bin/sh\necho mine\n');
  });

  test('uninstall removes only leakguard’s hook', async () => {
    expect((await uninstall(repo)).stdout).toBe(
      `leakguard: no leakguard hook at ${hook}; nothing to do.\nleakguard: no leakguard hook at ${messageHook}; nothing to do.\n` +
        `leakguard: no leakguard hook at ${pushHook}; nothing to do.\n`,
    );
    writeFileSync(hook, '#!/bin/sh\necho mine\n', { mode: 0o755 });
    expect((await uninstall(repo)).stdout).toContain('nothing to do');
    expect(readFileSync(hook, 'utf8')).toBe('#!/bin/sh\necho mine\n');
    rmSync(hook);
    await install(repo);
    expect((await uninstall(repo)).stdout).toBe(
      `leakguard: removed the hook at ${hook}\nleakguard: removed the hook at ${messageHook}\nleakguard: removed the hook at ${pushHook}\n`,
    );
    expect(existsSync(hook)).toBe(false);
    expect(existsSync(messageHook)).toBe(false);
    expect(existsSync(pushHook)).toBe(false);
  });
});

describe('install finds the directory git really runs hooks from', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = createTempRepo();
  });
  afterEach(() => repo.remove());

  test('core.hooksPath, relative to the work tree, even when run from a subdirectory', async () => {
    repo.mustGit('config', 'core.hooksPath', 'tools/hooks');
    mkdirSync(join(repo.dir, 'src', 'deep'), { recursive: true });
    const result = await install(repo, [], join(repo.dir, 'src', 'deep'));
    const hook = join(repo.dir, 'tools', 'hooks', 'pre-commit');
    expect(result.stdout).toContain(`installed the pre-commit hook at ${hook}`);
    expect(modeOf(hook)).toBe(0o755);
    expect(existsSync(join(repo.dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
  });

  test('from a linked worktree, into the hooks directory all worktrees share', async () => {
    repo.write('a.txt', 'a\n');
    repo.mustGit('add', '.');
    repo.mustGit('commit', '-qm', 'a');
    const worktree = join(repo.root, 'linked');
    repo.mustGit('worktree', 'add', '-q', worktree);
    const result = await install(repo, [], worktree);
    const hook = join(repo.dir, '.git', 'hooks', 'pre-commit');
    expect(result.stdout).toContain(`at ${hook}`);
    expect(readFileSync(hook, 'utf8')).toContain(MARKER);
    expect(existsSync(join(repo.dir, '.git', 'worktrees', 'linked', 'hooks'))).toBe(false);
    expect((await uninstall(repo, worktree)).stdout).toContain(`removed the hook at ${hook}`);
  });

  test('outside a git repository: install says so and exits 0 (safe in `prepare`), uninstall is NOT_A_REPOSITORY; nothing written', async () => {
    const outside = createTempRepo({ init: false });
    try {
      expect(await install(outside)).toEqual({ exitCode: 0, stdout: `leakguard: ${outside.dir} is not inside a git work tree (or git is missing): no hooks installed.\n` });
      expect(readdirSync(outside.dir)).toEqual([]);
      await expectLeakguardError(uninstall(outside), 'NOT_A_REPOSITORY');
    } finally {
      outside.remove();
    }
  });
});

describe('install next to hook managers', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = createTempRepo();
  });
  afterEach(() => repo.remove());

  function setUpHusky(hooksPath: string, userHook?: string): void {
    mkdirSync(join(repo.dir, '.husky', '_'), { recursive: true });
    repo.write('.husky/_/pre-commit', '#!/usr/bin/env sh\n. "$(dirname "$0")/h"\n');
    if (userHook !== undefined) repo.write('.husky/pre-commit', userHook);
    repo.mustGit('config', 'core.hooksPath', hooksPath);
  }

  test('husky v9: a block opens .husky/pre-commit, .husky/_ is untouched, uninstall leaves the user’s lines', async () => {
    const userHook = '#!/bin/sh\n# lint first\nnpx lint-staged\nnpm test';
    setUpHusky('.husky/_', userHook);
    const result = await install(repo);
    expect(result.stdout).toContain(`husky manages the hooks; added the leakguard block to ${join(repo.dir, '.husky', 'pre-commit')}`);
    const withBlock = repo.read('.husky/pre-commit');
    // After the opening comments, before the first command: no line of the user's can end the script before it.
    expect(withBlock.startsWith(`#!/bin/sh\n# lint first\n${BLOCK_START}`)).toBe(true);
    expect(withBlock.endsWith('# <<< leakguard <<<\nnpx lint-staged\nnpm test')).toBe(true);
    expect(withBlock).toContain('scan --staged');
    // The file is committed and shared: no path of this machine in it.
    expect(withBlock).not.toContain(process.execPath);
    expect(withBlock).not.toContain(MARKER);
    expect(repo.read('.husky/_/pre-commit')).not.toContain('leakguard');
    expect(existsSync(join(repo.dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
    expect(result.stdout).toContain(`created ${join(repo.dir, '.husky', 'pre-push')}`);
    expect(repo.read('.husky/pre-push')).toContain("leakguard_hook='pre-push'");
    expect(result.stdout).toContain(`created ${join(repo.dir, '.husky', 'commit-msg')}`);
    expect(repo.read('.husky/commit-msg')).toContain("leakguard_hook='commit-msg'");

    expect((await install(repo)).stdout).toContain('already installed');
    expect((await uninstall(repo)).stdout).toContain('removed the leakguard block from');
    expect(repo.read('.husky/pre-commit')).toBe(userHook);
    expect(existsSync(join(repo.dir, '.husky', 'pre-push'))).toBe(false);
    expect(existsSync(join(repo.dir, '.husky', 'commit-msg'))).toBe(false);
  });

  test('husky: the block is updated where it stands, keeping lines the user wrote after it', async () => {
    setUpHusky('.husky/_', 'npx lint-staged\n');
    await install(repo);
    const installed = repo.read('.husky/pre-commit');
    const olderBlock = installed.replace('scan --staged', 'scan --staged --old-flag');
    repo.write('.husky/pre-commit', `${olderBlock}echo after\n`);
    expect((await install(repo)).stdout).toContain('updated the leakguard block');
    expect(repo.read('.husky/pre-commit')).toBe(`${installed}echo after\n`);
    await uninstall(repo);
    expect(repo.read('.husky/pre-commit')).toBe('npx lint-staged\necho after\n');
  });

  test('husky: a symlinked .husky/pre-commit is edited where it points, and the link stays', async () => {
    setUpHusky('.husky/_');
    const userHook = '#!/bin/sh\nnpx lint-staged\n';
    repo.write('scripts/pre-commit.sh', userHook);
    symlinkSync('../scripts/pre-commit.sh', join(repo.dir, '.husky', 'pre-commit'));
    await install(repo);
    expect(readlinkSync(join(repo.dir, '.husky', 'pre-commit'))).toBe('../scripts/pre-commit.sh');
    expect(repo.read('scripts/pre-commit.sh')).toContain(BLOCK_START);
    await uninstall(repo);
    expect(readlinkSync(join(repo.dir, '.husky', 'pre-commit'))).toBe('../scripts/pre-commit.sh');
    expect(repo.read('scripts/pre-commit.sh')).toBe(userHook);
  });

  test('husky: a missing .husky/pre-commit is created, and deleted again by uninstall', async () => {
    setUpHusky('.husky/_');
    const path = join(repo.dir, '.husky', 'pre-commit');
    expect((await install(repo)).stdout).toContain(`created ${path}`);
    expect(modeOf(path)).toBe(0o755);
    expect((await uninstall(repo)).stdout).toContain('and deleted the file');
    expect(existsSync(path)).toBe(false);
  });

  test('older husky (core.hooksPath=.husky): the block goes into .husky/pre-commit itself, after husky.sh', async () => {
    // husky 4-8's husky.sh runs the file again under `sh -e` and exits: a block before it would run twice.
    const opening = '#!/usr/bin/env sh\n. "$(dirname -- "$0")/_/husky.sh"\n';
    const userHook = `${opening}\nnpx lint-staged\n`;
    setUpHusky('.husky', userHook);
    await install(repo);
    expect(repo.read('.husky/pre-commit').startsWith(opening + BLOCK_START)).toBe(true);
    await uninstall(repo);
    expect(repo.read('.husky/pre-commit')).toBe(userHook);
  });

  test('lefthook.yml: refused without --force, showing the lefthook.yml entry; --force installs', async () => {
    repo.write('lefthook.yml', 'pre-commit:\n  jobs:\n    - run: npm test\n');
    const error = await expectLeakguardError(install(repo), 'HOOK_CONFLICT');
    expect(error.message).toContain('lefthook manages the hooks');
    // lefthook 2's jobs list, all three hooks.
    expect(error.hint).toContain('pre-commit:\n  jobs:\n    - name: leakguard\n      run: npx --no leakguard scan --staged\n');
    expect(error.hint).toContain('commit-msg:\n  jobs:\n    - name: leakguard\n      run: npx --no leakguard scan --commit-msg {1}\n');
    expect(error.hint).toContain('pre-push:\n  jobs:\n    - name: leakguard\n      run: npx --no leakguard scan --pre-push {1} {2}\n      use_stdin: true');
    expect(existsSync(join(repo.dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
    expect((await install(repo, ['--force'])).stdout).toContain('installed the pre-commit hook');
  });

  test('a hook written by lefthook: refused without --force; --force chains it', async () => {
    const hook = join(repo.dir, '.git', 'hooks', 'pre-commit');
    const lefthookHook = '#!/bin/sh\n# lefthook-generated hook\nlefthook run "pre-commit" "$@"\n';
    writeFileSync(hook, lefthookHook, { mode: 0o755 });
    await expectLeakguardError(install(repo), 'HOOK_CONFLICT');
    expect(readFileSync(hook, 'utf8')).toBe(lefthookHook);
    expect((await install(repo, ['--force'])).stdout).toContain('.pre-leakguard; it still runs');
    expect(readFileSync(`${hook}.pre-leakguard`, 'utf8')).toBe(lefthookHook);
  });
});

describe('install and uninstall arguments', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = createTempRepo();
  });
  afterEach(() => repo.remove());

  test('--help prints the usage and installs nothing', async () => {
    const result = await install(repo, ['--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Usage: leakguard install [--force]');
    expect(result.stdout).toContain('LEAKGUARD_SKIP=1 git commit');
    expect(existsSync(join(repo.dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
  });

  test('unknown options and stray arguments are usage errors', async () => {
    await expectLeakguardError(install(repo, ['--hooks-dir', 'x']), 'USAGE');
    const error = await expectLeakguardError(install(repo, ['now']), 'USAGE');
    expect(error.message).toContain('takes no arguments; got: now');
    await expectLeakguardError(runIn(repo, uninstallCommand, ['--force']), 'USAGE');
  });
});
