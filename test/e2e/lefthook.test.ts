import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEFTHOOK_SNIPPET } from '../../src/cli/messages/install';
import { PATH_WITHOUT_LEAKGUARD } from '../support/hook-env';
import { devTool, linkLeakguardPackage } from '../support/node-modules';
import { expectNoLeak, makeGithubToken } from '../support/secrets';
import { PROJECT_ROOT, createTempRepo, type RunResult, type TempRepo } from '../support/temp-repo';

/**
 * The jobs `leakguard install` tells a lefthook user to add (and the README shows), run by the real
 * lefthook 2 from npm (a devDependency) through `git commit` and `git push`.
 */
describe('leakguard as lefthook 2 jobs, driven by real git', () => {
  let repo: TempRepo;
  const token = makeGithubToken(141);
  const outputs: string[] = [];
  const env = { PATH: PATH_WITHOUT_LEAKGUARD, NO_COLOR: '1' };

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    linkLeakguardPackage(repo);
    repo.write('lefthook.yml', `${LEFTHOOK_SNIPPET}\n`);
    expect(run(repo.run(devTool('lefthook'), ['install'], { env })).exitCode).toBe(0);
    repo.mustGit('add', '.');
    expect(commit('setup').exitCode).toBe(0);
  });

  afterEach(() => {
    expectNoLeak(token, ...outputs);
    repo.remove();
  });

  function run(result: RunResult): RunResult {
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  function commit(message: string, extraEnv: NodeJS.ProcessEnv = {}): RunResult {
    return run(repo.run('git', ['commit', '-m', message], { env: { ...env, ...extraEnv } }));
  }

  function stageToken(): void {
    repo.write('a.ts', `t = "${token}"\n`);
    repo.mustGit('add', 'a.ts');
  }

  const isCommitted = (): boolean => repo.git('log', '--format=%s').stdout.includes('leak');

  test('a commit that adds a secret is blocked, a clean one passes', () => {
    stageToken();
    const blocked = commit('leak');
    expect(blocked.exitCode).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('github-classic-token');
    expect(isCommitted()).toBe(false);

    repo.write('a.ts', 't = process.env.TOKEN\n');
    repo.mustGit('add', 'a.ts');
    expect(commit('clean').exitCode).toBe(0);
  });

  test.each([
    ['LEFTHOOK_EXCLUDE=leakguard', { LEFTHOOK_EXCLUDE: 'leakguard' }],
    ['LEFTHOOK=0', { LEFTHOOK: '0' }],
  ])('%s skips the scan, deliberately', (_name, skip) => {
    stageToken();
    expect(commit('leak', skip).exitCode).toBe(0);
    expect(isCommitted()).toBe(true);
  });

  test('leakguard install where lefthook.yml runs it for every hook: one line, exit 0 (safe in `prepare`), lefthook\'s hooks kept', () => {
    const lefthookHook = repo.read('.git/hooks/pre-commit');
    const installed = run(repo.leakguard(['install'], { env }));
    expect(installed).toEqual({ exitCode: 0, stderr: '', stdout: expect.stringMatching(/^leakguard: lefthook runs leakguard for pre-commit, commit-msg and pre-push \(.*lefthook\.yml\): nothing to install[^\n]*\n$/) });
    expect(repo.read('.git/hooks/pre-commit')).toBe(lefthookHook);

    repo.write('lefthook.yml', LEFTHOOK_SNIPPET.split('commit-msg:')[0] ?? '');
    const partly = run(repo.leakguard(['install'], { env }));
    expect(partly.exitCode).toBe(2);
    expect(partly.stderr).toContain('lefthook manages the hooks of this repository');
  });

  test('commit-msg gets the message file ({1}), pre-push the refs (use_stdin)', () => {
    // lefthook skips a pre-commit job when nothing is staged; the commit-msg job runs either way.
    repo.write('b.ts', 'b = 1\n');
    repo.mustGit('add', 'b.ts');
    const message = commit(`leak in the message ${token}`);
    expect(message.exitCode).not.toBe(0);
    expect(message.stdout + message.stderr).toContain('github-classic-token');

    repo.addBareRemote();
    stageToken();
    run(repo.run('git', ['commit', '--no-verify', '-m', 'leak'], { env }));
    const push = run(repo.run('git', ['push', 'origin', 'HEAD:main'], { env }));
    expect(push.exitCode).not.toBe(0);
    expect(push.stdout + push.stderr).toContain('github-classic-token');
    expect(repo.git('ls-remote', 'origin').stdout).toBe('');
  });
});

test('the README shows the same lefthook.yml jobs that install prints and this test runs', () => {
  expect(readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8')).toContain(`# lefthook.yml\n${LEFTHOOK_SNIPPET}\n`);
});
