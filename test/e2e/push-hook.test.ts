import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, createTempRepo, type RunResult, type TempRepo, filesOutsideObjectStores } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

describe('the pre-push hook, driven by git push to a local bare remote', () => {
  let repo: TempRepo;
  let remote: string;
  const token = makeGithubToken(51);
  const outputs: string[] = [];

  function push(...args: string[]): RunResult {
    const result = repo.git('push', '-q', 'origin', ...args);
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  /** A commit made past the pre-commit hook, as on another machine or by a tool. */
  function commitUnchecked(path: string, content: string, subject: string): string {
    repo.write(path, content);
    repo.mustGit('add', path);
    repo.mustGit('commit', '-q', '--no-verify', '-m', subject);
    return repo.mustGit('rev-parse', 'HEAD').trim();
  }

  const remoteHas = (ref: string): boolean => repo.run('git', ['--git-dir', remote, 'rev-parse', '--verify', '-q', ref]).exitCode === 0;

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    remote = repo.addBareRemote();
    const installed = repo.leakguard(['install']);
    expect(installed.stdout).toContain('installed the pre-push hook');
    commitUnchecked('README.md', '# project\n', 'Start');
  });

  afterEach(() => {
    expectNoLeak(token, ...outputs, ...filesOutsideObjectStores(join(repo.dir, '.git')), ...filesOutsideObjectStores(remote), ...filesOutsideObjectStores(join(repo.root, 'home')));
    repo.remove();
  });

  test('a clean push of a new branch passes silently', () => {
    commitUnchecked('a.ts', 'export const a = process.env.TOKEN;\n', 'Read the token from the environment');
    const result = push('main');
    expect(result).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    expect(remoteHas('refs/heads/main')).toBe(true);
  });

  test('a secret added in a middle commit and removed later is blocked, naming the commit', () => {
    const leaking = commitUnchecked('config.ts', `export const token = "${token}";\n`, 'Add the deploy config');
    commitUnchecked('config.ts', 'export const token = process.env.TOKEN;\n', 'Read the token from the environment');
    const result = push('main');
    expect(result.exitCode).not.toBe(0);
    const text = result.stdout + result.stderr;
    expect(text).toContain('found 1 secret in 1 commit; the push is blocked');
    expect(text).toContain(`commit ${leaking.slice(0, 7)} Add the deploy config`);
    expect(text).toContain('config.ts');
    expect(text).toContain('1:23  github-classic-token');
    expect(text).toContain('git push --no-verify');
    expect(remoteHas('refs/heads/main')).toBe(false);
  });

  test('a fast-forward reads only the new commits: an old secret the remote has is not reported again', () => {
    commitUnchecked('old.ts', `t = "${token}"\n`, 'Old leak, already public');
    expect(push('--no-verify', 'main').exitCode).toBe(0);
    commitUnchecked('b.ts', 'clean\n', 'Clean change');
    expect(push('main').exitCode).toBe(0);
    // A new branch is compared with every branch the remote has, not with nothing.
    repo.mustGit('checkout', '-q', '-b', 'topic');
    commitUnchecked('t.ts', 'topic\n', 'Topic work');
    expect(push('topic').exitCode).toBe(0);
    repo.mustGit('checkout', '-q', 'main');
    const newer = makeGithubToken(52);
    commitUnchecked('c.ts', `t = "${newer}"\n`, 'New leak');
    const blocked = push('main');
    expect(blocked.exitCode).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('c.ts');
    expect(blocked.stdout + blocked.stderr).not.toContain('old.ts');
    expectNoLeak(newer, ...outputs);
  });

  test('a force push reads the rewritten commits', () => {
    commitUnchecked('a.ts', 'clean\n', 'Clean');
    expect(push('main').exitCode).toBe(0);
    repo.mustGit('reset', '-q', '--hard', 'HEAD~1');
    commitUnchecked('a.ts', `t = "${token}"\n`, 'Rewritten with a leak');
    const blocked = push('--force', 'main');
    expect(blocked.exitCode).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('Rewritten with a leak');
    repo.mustGit('reset', '-q', '--hard', 'HEAD~1');
    commitUnchecked('a.ts', 'rewritten, clean\n', 'Rewritten clean');
    expect(push('--force', 'main').exitCode).toBe(0);
  });

  test('a tag on an unpushed commit with a secret is blocked; a tag on a pushed commit passes', () => {
    expect(push('main').exitCode).toBe(0);
    repo.mustGit('tag', '-a', '-m', 'release', 'v1');
    expect(push('v1').exitCode).toBe(0);
    repo.mustGit('checkout', '-q', '-b', 'release');
    commitUnchecked('key.ts', `t = "${token}"\n`, 'Release build');
    repo.mustGit('tag', '-a', '-m', 'release', 'v2');
    const blocked = push('v2');
    expect(blocked.exitCode).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('Release build');
    expect(remoteHas('refs/tags/v2')).toBe(false);
  });

  test('deleting a branch passes, even one whose commits hold a secret', () => {
    expect(push('main').exitCode).toBe(0);
    repo.mustGit('checkout', '-q', '-b', 'leaky');
    commitUnchecked('a.ts', `t = "${token}"\n`, 'Leak');
    expect(push('--no-verify', 'leaky').exitCode).toBe(0);
    expect(push('--delete', 'leaky').exitCode).toBe(0);
    expect(remoteHas('refs/heads/leaky')).toBe(false);
  });

  test('several refs in one push: one with a secret blocks them all, and shared commits count once', () => {
    repo.mustGit('checkout', '-q', '-b', 'feature');
    commitUnchecked('a.ts', `t = "${token}"\n`, 'Leak on feature');
    repo.mustGit('checkout', '-q', '-b', 'feature-2');
    commitUnchecked('b.ts', 'clean\n', 'More work');
    const blocked = push('main', 'feature', 'feature-2');
    expect(blocked.exitCode).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('found 1 secret in 1 commit');
    expect(remoteHas('refs/heads/main')).toBe(false);
    expect(push('main').exitCode).toBe(0);
  });

  test('--no-verify and LEAKGUARD_SKIP=1 bypass the scan, deliberately', () => {
    commitUnchecked('a.ts', `t = "${token}"\n`, 'Leak');
    expect(push('--no-verify', 'main').exitCode).toBe(0);
    repo.mustGit('checkout', '-q', '-b', 'other');
    const skipped = repo.run('git', ['push', '-q', 'origin', 'other'], { env: { LEAKGUARD_SKIP: '1' } });
    outputs.push(skipped.stdout, skipped.stderr);
    expect(skipped.exitCode).toBe(0);
    expect(skipped.stderr).toContain('this push was NOT scanned');
  });

  test('a pre-push hook that was there still runs after the scan, with the same arguments and stdin', () => {
    repo.leakguard(['uninstall']);
    const hook = join(repo.dir, '.git', 'hooks', 'pre-push');
    const seen = join(repo.root, 'seen.txt');
    writeFileSync(hook, `#!/bin/sh\necho "$1 $2" > '${seen}'\ncat >> '${seen}'\n`, { mode: 0o755 });
    expect(repo.leakguard(['install']).stdout).toContain('pre-push.pre-leakguard');
    const main = repo.mustGit('rev-parse', 'HEAD').trim();
    expect(push('main').exitCode).toBe(0);
    const zero = '0'.repeat(40);
    expect(readFileSync(seen, 'utf8')).toBe(`origin ${remote}\nrefs/heads/main ${main} refs/heads/main ${zero}\n`);
  });

  test('husky: the block in .husky/pre-push scans (under sh -e), and the lines after it read the same refs', () => {
    repo.leakguard(['uninstall']);
    // husky v9's layout: git runs .husky/_/pre-push, which runs the user's .husky/pre-push with sh -e.
    mkdirSync(join(repo.dir, '.husky', '_'), { recursive: true });
    repo.write('.husky/_/pre-push', '#!/bin/sh\nsh -e "$(dirname "$0")/../pre-push" "$@"\n');
    chmodSync(join(repo.dir, '.husky', '_', 'pre-push'), 0o755);
    repo.mustGit('config', 'core.hooksPath', '.husky/_');
    repo.write('node_modules/.bin/leakguard', `#!/bin/sh\nexec '${process.execPath}' '${CLI}' "$@"\n`);
    chmodSync(join(repo.dir, 'node_modules', '.bin', 'leakguard'), 0o755);
    expect(repo.leakguard(['install']).stdout).toContain(join(repo.dir, '.husky', 'pre-push'));
    const seen = join(repo.root, 'seen.txt');
    writeFileSync(join(repo.dir, '.husky', 'pre-push'), `${repo.read('.husky/pre-push')}cat > '${seen}'\n`);

    const main = repo.mustGit('rev-parse', 'HEAD').trim();
    expect(push('main').exitCode).toBe(0);
    expect(readFileSync(seen, 'utf8')).toBe(`refs/heads/main ${main} refs/heads/main ${'0'.repeat(40)}\n`);

    commitUnchecked('a.ts', `t = "${token}"\n`, 'Leak');
    const blocked = push('main');
    expect(blocked.exitCode).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('github-classic-token');
  });
});
