import { join } from 'node:path';
import { PATH_WITHOUT_LEAKGUARD } from '../support/hook-env';
import { huskyInit } from '../support/husky';
import { linkLeakguardPackage } from '../support/node-modules';
import { expectNoLeak, makeGithubToken } from '../support/secrets';
import { createTempRepo, type RunResult, type TempRepo, filesOutsideObjectStores } from '../support/temp-repo';

describe('leakguard next to husky 9, driven by real git commit', () => {
  let repo: TempRepo;
  const token = makeGithubToken(101);
  const outputs: string[] = [];

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    // The project's leakguard as npm installs it, which is what husky's block (no recorded paths) finds.
    linkLeakguardPackage(repo);
  });

  afterEach(() => {
    expectNoLeak(token, ...outputs, ...filesOutsideObjectStores(join(repo.dir, '.husky')), ...filesOutsideObjectStores(join(repo.dir, '.git')));
    repo.remove();
  });

  function run(result: RunResult): RunResult {
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  const leakguard = (args: readonly string[]) => run(repo.leakguard(args, { env: { PATH: PATH_WITHOUT_LEAKGUARD } }));

  function commit(content: string, env: NodeJS.ProcessEnv = {}): RunResult {
    repo.write('a.ts', content);
    repo.mustGit('add', 'a.ts');
    return run(repo.run('git', ['commit', '-m', 'change'], { env: { PATH: PATH_WITHOUT_LEAKGUARD, ...env } }));
  }

  const commitToken = (env: NodeJS.ProcessEnv = {}): RunResult => commit(`t = "${token}"\n`, env);
  const commitCount = (): number => Number(repo.git('rev-list', '--count', '--all').stdout.trim() || 0);

  test('`npx husky init`, then `leakguard install`: a secret is blocked before `npm test`, a clean commit runs it, HUSKY=0 skips both', () => {
    huskyInit(repo);
    const installed = leakguard(['install']);
    expect(installed.stdout).toContain(`added the leakguard block to ${join(repo.dir, '.husky', 'pre-commit')}`);
    expect(installed.stdout).toContain(`created ${join(repo.dir, '.husky', 'pre-push')}`);

    const blocked = commitToken();
    expect(blocked.exitCode).toBe(1);
    expect(blocked.stderr).toContain('github-classic-token');
    expect(blocked.stderr).not.toContain('npm test ran');
    expect(commitCount()).toBe(0);

    const clean = commit('t = process.env.TOKEN\n');
    expect(clean.exitCode).toBe(0);
    expect(clean.stderr).toContain('npm test ran');

    expect(commitToken({ HUSKY: '0' }).exitCode).toBe(0);
    expect(commitCount()).toBe(2);
  });

  test.each(['exit 0', 'exec echo "lint ran, by exec" >&2'])('a .husky/pre-commit that ends in `%s` still runs the scan', (ending) => {
    const userHook = `echo "lint ran" >&2\n${ending}\n`;
    huskyInit(repo, userHook);
    expect(leakguard(['install']).exitCode).toBe(0);
    const blocked = commitToken();
    expect(blocked.stderr).toContain('github-classic-token');
    expect(blocked.exitCode).toBe(1);
    expect(blocked.stderr).not.toContain('lint ran');
    expect(repo.git('rev-parse', '--verify', '-q', 'HEAD').exitCode).not.toBe(0);
    expect(repo.read('.husky/pre-commit').endsWith(`# <<< leakguard <<<\n${userHook}`)).toBe(true);
    leakguard(['uninstall']);
    expect(repo.read('.husky/pre-commit')).toBe(userHook);
  });

  test('a block an older install appended after `exit 0` is moved to the top, where it runs', () => {
    huskyInit(repo, 'echo "lint ran" >&2\nexit 0\n');
    leakguard(['install']);
    const atTop = repo.read('.husky/pre-commit');
    const [block, rest] = atTop.split(/(?<=# <<< leakguard <<<\n)/);
    repo.write('.husky/pre-commit', `${rest}${block}`);
    repo.write('a.ts', `t = "${token}"\n`);
    repo.mustGit('add', 'a.ts');
    // What git runs for pre-commit, run by hand: the block after `exit 0` never gets to scan.
    const runPreCommit = () => run(repo.run('sh', [join('.husky', '_', 'pre-commit')], { env: { PATH: PATH_WITHOUT_LEAKGUARD } }));
    expect(runPreCommit().exitCode).toBe(0);

    const again = leakguard(['install']);
    expect(again.stdout).toContain('moved the leakguard block in');
    expect(again.stdout).toContain('after `exit 0` it never ran');
    expect(repo.read('.husky/pre-commit')).toBe(atTop);
    expect(runPreCommit().exitCode).toBe(1);
  });
});
