import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CLI, createTempRepo, filesOutsideObjectStores, type TempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

/** util-linux's script(1) runs a command on a pseudo-terminal: what a person at a terminal sees. */
const HAS_SCRIPT = spawnSync('script', ['-qc', 'true', '/dev/null']).status === 0;
if (!HAS_SCRIPT) process.stdout.write('clean-summary.test: skipped, no util-linux script(1) to run git on a terminal\n');
const onTerminalIt = HAS_SCRIPT ? test : test.skip;

describe('a clean scan of commits on a terminal says so in one line', () => {
  let repo: TempRepo;
  const token = makeGithubToken(147);
  const outputs: string[] = [];

  /** The command on a pseudo-terminal; what the terminal showed, with its CR LF line ends as LF. */
  function onTerminal(command: string): string {
    const result = repo.run('script', ['-qec', command, '/dev/null']);
    outputs.push(result.stdout, result.stderr);
    return result.stdout.replace(/\r\n/g, '\n');
  }

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    repo.addBareRemote();
    expect(repo.leakguard(['install']).exitCode).toBe(0);
    repo.write('README.md', '# project\n');
    repo.mustGit('add', '.');
    repo.mustGit('commit', '-q', '-m', 'Start');
    repo.write('a.ts', 'export const a = process.env.TOKEN;\nexport const b = 2;\n');
    repo.mustGit('add', '.');
    repo.mustGit('commit', '-q', '-m', 'Read the token');
  });

  afterEach(() => {
    expectNoLeak(token, ...outputs, ...filesOutsideObjectStores(join(repo.dir, '.git')));
    repo.remove();
  });

  onTerminalIt('git push: the pre-push hook prints one summary line on a terminal, and nothing when piped', () => {
    expect(onTerminal('git push -q origin main')).toBe('leakguard: no secrets in the 3 added lines of 2 commits, nor in their messages.\n');
    repo.write('b.ts', 'export const c = 3;\n');
    repo.mustGit('add', '.');
    repo.mustGit('commit', '-q', '-m', 'More');
    expect(repo.git('push', '-q', 'origin', 'main')).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });

  onTerminalIt('scan --history and --range print their summary on a terminal; a blocked push still blocks', () => {
    expect(onTerminal(`"${process.execPath}" "${CLI}" scan --history`)).toBe('leakguard: no secrets in the 3 added lines of 2 commits, nor in their messages.\n');
    expect(onTerminal(`"${process.execPath}" "${CLI}" scan --range HEAD~1..HEAD`)).toBe('leakguard: no secrets in the 2 added lines of 1 commit, nor in their messages.\n');
    repo.write('c.ts', `t = "${token}"\n`);
    repo.mustGit('add', '.');
    repo.mustGit('commit', '-q', '--no-verify', '-m', 'Leak');
    const blocked = onTerminal('git push -q origin main; echo "exit $?"');
    expect(blocked).toContain('found 1 secret in 1 commit; the push is blocked');
    expect(blocked).not.toContain('no secrets');
    expect(blocked).toMatch(/exit [1-9]/);
  });
});
