import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATH_WITHOUT_LEAKGUARD, fakeCli, writeScript } from '../support/hook-env';
import { huskyInit } from '../support/husky';
import { expectNoLeak, makeGithubToken } from '../support/secrets';
import { createTempRepo, type RunResult, type TempRepo, filesOutsideObjectStores } from '../support/temp-repo';

/** A commit-msg hook of the user's: it reads the message file git names, as commitlint --edit does. */
const USER_COMMIT_MSG = '#!/bin/sh\necho "user commit-msg got $# argument(s): $1, first line: $(head -n 1 "$1")" >&2\n';

describe('the commit-msg hook, driven by real git commit', () => {
  let repo: TempRepo;
  let trace: string;
  const token = makeGithubToken(81);
  const outputs: string[] = [];

  beforeEach(() => {
    repo = createTempRepo();
    trace = join(repo.root, 'trace.log');
    outputs.length = 0;
  });

  afterEach(() => {
    expectNoLeak(token, ...outputs, ...filesOutsideObjectStores(join(repo.dir, '.husky')));
    repo.remove();
  });

  function leakguard(args: readonly string[]): RunResult {
    const result = repo.leakguard(args);
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  function commit(message: string, args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): RunResult {
    repo.write('a.txt', `${message.length} ${Math.random()}\n`);
    repo.mustGit('add', 'a.txt');
    const result = repo.run('git', ['commit', '-q', '-m', message, ...args], { env: { PATH: PATH_WITHOUT_LEAKGUARD, ...env } });
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  const commits = () => (repo.git('rev-list', '--count', 'HEAD').stdout.trim() || '0');
  const traced = () => (existsSync(trace) ? readFileSync(trace, 'utf8') : '');

  test('a message with a token is blocked (exit 1) without echoing it; a clean message passes', () => {
    // The leakguard that ran install (this checkout), found through the path the hook records.
    leakguard(['install']);
    const blocked = commit(`deploy\n\ntoken ${token}`);
    // git exits 1 whenever a hook fails: the scan finished and found it, it did not fail to run.
    expect(blocked.exitCode).toBe(1);
    expect(blocked.stderr).not.toContain('could not scan');
    expect(commits()).toBe('0');
    const clean = commit('a clean message');
    expect(clean.exitCode).toBe(0);
    expect(commits()).toBe('1');
  });

  test('a message with none of the rules\' keywords is passed without starting node, unless a config may add rules', () => {
    leakguard(['install']);
    // Every node the hooks start says so, with its arguments.
    const tracer = join(repo.root, 'trace-node.js');
    writeFileSync(tracer, `require('fs').appendFileSync(${JSON.stringify(trace)}, process.argv.slice(2).join(' ') + '\\n');\n`);
    const env = { NODE_OPTIONS: `--require ${tracer}` };
    const scansOfMessages = () => traced().split('\n').filter((line) => line.includes('--commit-msg')).length;
    expect(commit('Fix the login form layout on small screens', [], env).exitCode).toBe(0);
    expect(traced()).toContain('scan --staged');
    expect(scansOfMessages()).toBe(0);
    // A keyword ("token") sends the message to the scan, which passes it: no secret.
    expect(commit('Refresh the token cache after login', [], env).exitCode).toBe(0);
    expect(scansOfMessages()).toBe(1);
    // A config may hold rules with other keywords: every message is scanned.
    repo.write('.leakguardrc.json', '{}\n');
    expect(commit('Fix the login form layout again', [], env).exitCode).toBe(0);
    expect(scansOfMessages()).toBe(2);
  });

  test('install writes commit-msg from the shim template; it asks `scan --commit-msg` on the file git names, and blocks on exit 1', () => {
    writeScript(join(repo.dir, 'node_modules', '.bin', 'leakguard'), fakeCli(trace));
    expect(leakguard(['install']).stdout).toContain(`installed the commit-msg hook at ${join(repo.dir, '.git', 'hooks', 'commit-msg')}`);
    const hook = readFileSync(join(repo.dir, '.git', 'hooks', 'commit-msg'), 'utf8');
    expect(hook).toContain("leakguard_hook='commit-msg'");
    expect(statSync(join(repo.dir, '.git', 'hooks', 'commit-msg')).mode & 0o777).toBe(0o755);

    expect(commit('a clean message').exitCode).toBe(0);
    expect(traced()).toBe('scan --staged\nscan --commit-msg .git/COMMIT_EDITMSG\n');
    const blocked = commit('BLOCKME please');
    expect(blocked.exitCode).toBe(1);
    expect(blocked.stderr).toContain('fake leakguard: secret in the message');
    expect(commits()).toBe('1');
  });

  test('an existing commit-msg hook is chained with the same argument, and uninstall restores it byte for byte', () => {
    writeScript(join(repo.dir, 'node_modules', '.bin', 'leakguard'), fakeCli(trace));
    const path = join(repo.dir, '.git', 'hooks', 'commit-msg');
    writeFileSync(path, USER_COMMIT_MSG);
    chmodSync(path, 0o750);
    expect(leakguard(['install']).stdout).toContain(`kept at ${path}.pre-leakguard; it still runs after the scan`);

    const clean = commit('first line here');
    expect(clean.exitCode).toBe(0);
    expect(clean.stderr).toContain('user commit-msg got 1 argument(s): .git/COMMIT_EDITMSG, first line: first line here');
    const blocked = commit('BLOCKME');
    expect(blocked.exitCode).toBe(1);
    expect(blocked.stderr).not.toContain('user commit-msg got');

    expect(leakguard(['uninstall']).stdout).toContain(`restored the hook that was there before at ${path}`);
    expect(readFileSync(path, 'utf8')).toBe(USER_COMMIT_MSG);
    expect(statSync(path).mode & 0o777).toBe(0o750);
    expect(existsSync(`${path}.pre-leakguard`)).toBe(false);
  });

  test('LEAKGUARD_SKIP=1 says the message was not scanned either; --no-verify skips commit-msg too', () => {
    writeScript(join(repo.dir, 'node_modules', '.bin', 'leakguard'), fakeCli(trace));
    leakguard(['install']);
    const skipped = commit('BLOCKME', [], { LEAKGUARD_SKIP: '1' });
    expect(skipped.exitCode).toBe(0);
    expect(skipped.stderr).toBe('leakguard: LEAKGUARD_SKIP=1, this commit was NOT scanned for secrets.\nleakguard: LEAKGUARD_SKIP=1, this commit message was NOT scanned for secrets.\n');
    expect(commit('BLOCKME', ['--no-verify']).exitCode).toBe(0);
    expect(traced()).toBe('');
  });

  test('husky 9: a block in .husky/commit-msg runs with git’s argument, before the user’s line; uninstall restores the file', () => {
    huskyInit(repo, 'echo "lint ran" >&2\n');
    const userCommitMsg = 'echo "commitlint --edit $1" >&2\n';
    repo.write('.husky/commit-msg', userCommitMsg);
    writeScript(join(repo.dir, 'node_modules', '.bin', 'leakguard'), fakeCli(trace));
    expect(leakguard(['install']).stdout).toContain(`added the leakguard block to ${join(repo.dir, '.husky', 'commit-msg')}`);
    expect(repo.read('.husky/commit-msg').endsWith(userCommitMsg)).toBe(true);

    const clean = commit('clean');
    expect(clean.exitCode).toBe(0);
    expect(clean.stderr).toContain('commitlint --edit .git/COMMIT_EDITMSG');
    expect(traced()).toBe('scan --staged\nscan --commit-msg .git/COMMIT_EDITMSG\n');
    const blocked = commit('BLOCKME');
    expect(blocked.exitCode).not.toBe(0);
    expect(blocked.stderr).not.toContain('commitlint --edit');

    leakguard(['uninstall']);
    expect(repo.read('.husky/commit-msg')).toBe(userCommitMsg);
  });
});
