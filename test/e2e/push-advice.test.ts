import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempRepo, filesOutsideObjectStores, type RunResult, type TempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

/**
 * A push blocked by a secret in an older commit, through the real pre-push hook and `git push` to a
 * local bare remote: the report says how to get out, and each way it names, followed as printed,
 * lets the push through.
 */
describe('the advice of a blocked push, followed as printed', () => {
  let repo: TempRepo;
  let remote: string;
  const token = makeGithubToken(141);
  const outputs: string[] = [];

  function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): RunResult {
    const result = command === 'leakguard' ? repo.leakguard(args, { env }) : repo.run(command, args, { env });
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  const push = (): RunResult => run('git', ['push', '-q', 'origin', 'main']);
  const text = (result: RunResult): string => result.stdout + result.stderr;
  const remoteHead = (): string => repo.run('git', ['--git-dir', remote, 'rev-parse', '-q', '--verify', 'refs/heads/main']).stdout.trim();
  const head = (): string => repo.mustGit('rev-parse', 'HEAD').trim();

  function commitUnchecked(path: string, content: string, subject: string): string {
    repo.write(path, content);
    repo.mustGit('add', path);
    repo.mustGit('commit', '-q', '--no-verify', '-m', subject);
    return head();
  }

  /** The advice line that starts with `leakguard `, as words: the command a user would copy. */
  function printedCommand(result: RunResult, start: string): string[] {
    const line = text(result)
      .split('\n')
      .map((each) => each.trim().replace(/^or, with no baseline yet: /, ''))
      .find((each) => each.startsWith(start));
    expect(line).toBeDefined();
    return (line as string).split(/\s+/).slice(1);
  }

  /**
   * The `git rebase -i` the report printed, with a sequence editor that marks the commit that adds the
   * secret `edit` (and drops the commit with this subject): it stops there, for the test to amend it.
   */
  function rebaseEditing(blocked: RunResult, dropped = ''): void {
    const editor = join(repo.root, 'sequence-editor.js');
    const drop = dropped === '' ? '' : `.replace(/^pick (\\S+) ${dropped}/m, 'drop $1')`;
    writeFileSync(editor, `const fs = require('fs'); const f = process.argv[2]; fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace(/^pick (\\S+) Add the deploy config/m, 'edit $1')${drop});\n`);
    const rebase = run('git', ['rebase', '-i', ...printedCommand(blocked, 'git rebase -i').slice(2)], { GIT_SEQUENCE_EDITOR: `"${process.execPath}" "${editor}"` });
    expect(rebase.exitCode).toBe(0);
  }

  let leaking: string;

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    remote = repo.addBareRemote();
    expect(repo.leakguard(['install']).exitCode).toBe(0);
    commitUnchecked('README.md', '# project\n', 'Start');
    expect(push().exitCode).toBe(0);
    leaking = commitUnchecked('config.ts', `export const token = "${token}";\n`, 'Add the deploy config');
    commitUnchecked('notes.md', 'more work\n', 'More work');
  });

  afterEach(() => {
    expectNoLeak(token, ...outputs, ...filesOutsideObjectStores(join(repo.dir, '.git')), ...filesOutsideObjectStores(remote), readFileSync(join(repo.dir, '.secretbaseline.jsonl'), { encoding: 'utf8', flag: 'a+' }));
    repo.remove();
  });

  test('names the commit that adds the secret, the rebase onto the real remote branch, and the allow paths', () => {
    const blocked = push();
    expect(blocked.exitCode).not.toBe(0);
    const fingerprint = /fingerprint ([0-9a-f]{32})/.exec(text(blocked))?.[1] as string;
    expect(text(blocked)).toContain(`Remove the secret from the commit that adds it (${leaking.slice(0, 7)} "Add the deploy config")`);
    expect(text(blocked)).toContain('git rebase -i origin/main\n');
    expect(text(blocked)).toContain(`leakguard baseline add ${fingerprint}\n`);
    expect(text(blocked)).toContain('or, with no baseline yet: leakguard baseline create --range origin/main..main\n');
    expect(text(blocked)).toContain('a new commit with the comment does NOT unblock it');
    expect(text(blocked)).toContain('To push anyway, deliberately: git push --no-verify  (or LEAKGUARD_SKIP=1 git push …)');
    expect(text(blocked)).not.toContain('.secretignore');
  });

  test('a new branch is rebased onto the remote\'s default branch; with none known, onto the parent of the commit', () => {
    repo.mustGit('remote', 'set-head', 'origin', 'main');
    repo.mustGit('checkout', '-q', '-b', 'topic');
    const blocked = run('git', ['push', '-q', 'origin', 'topic']);
    expect(text(blocked)).toContain('git rebase -i origin/main\n');
    expect(text(blocked)).toContain('leakguard baseline create --range origin/main..topic\n');
    repo.mustGit('remote', 'set-head', 'origin', '--delete');
    const unknown = run('git', ['push', '-q', 'origin', 'topic']);
    expect(text(unknown)).toContain(`git rebase -i ${leaking.slice(0, 7)}~1\n`);
  });

  test('git rebase -i <the branch printed>, the commit that adds the secret edited to remove it: the push passes', () => {
    rebaseEditing(push());
    repo.write('config.ts', 'export const token = process.env.TOKEN;\n');
    expect(run('git', ['commit', '-q', '-a', '--amend', '--no-edit']).exitCode).toBe(0);
    expect(run('git', ['rebase', '--continue']).exitCode).toBe(0);
    expect(push().exitCode).toBe(0);
    expect(remoteHead()).toBe(head());
  });

  test('leakguard baseline add <the fingerprint printed> unblocks the push; no secret is in the baseline', () => {
    const added = run('leakguard', printedCommand(push(), 'leakguard baseline add'));
    expect(added.exitCode).toBe(0);
    expect(added.stdout).toContain('recorded 1 finding as unreviewed');
    expect(added.stdout).toContain('config.ts  github-classic-token');
    expect(push().exitCode).toBe(0);
    expect(remoteHead()).toBe(head());
  });

  test('leakguard baseline create --range <the range printed> unblocks the push', () => {
    const created = run('leakguard', printedCommand(push(), 'leakguard baseline create'));
    expect(created.exitCode).toBe(0);
    expect(created.stdout).toContain('recorded 1 finding in 1 file as unreviewed');
    expect(created.stdout).toContain('(2 commits read)');
    expect(push().exitCode).toBe(0);
  });

  test('an allow comment in a new commit does not unblock the push; in the commit that adds the line, by git rebase -i, it does', () => {
    const allowed = `export const token = "${token}"; // leakguard:allow\n`;
    commitUnchecked('config.ts', allowed, 'Allow the token');
    const stillBlocked = push();
    expect(stillBlocked.exitCode).not.toBe(0);
    expect(text(stillBlocked)).toContain(`commit ${leaking.slice(0, 7)} Add the deploy config`);
    // `git rebase -i origin/main` as printed: edit the commit that adds the line, drop the later fix.
    rebaseEditing(stillBlocked, 'Allow the token');
    repo.write('config.ts', allowed);
    expect(run('git', ['commit', '-q', '-a', '--amend', '--no-edit']).exitCode).toBe(0);
    expect(run('git', ['rebase', '--continue']).exitCode).toBe(0);
    expect(repo.mustGit('log', '--format=%s', 'origin/main..main')).toBe('More work\nAdd the deploy config\n');
    expect(push().exitCode).toBe(0);
  });
});
