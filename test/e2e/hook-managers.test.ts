import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { PATH_WITHOUT_LEAKGUARD } from '../support/hook-env';
import { huskyInit } from '../support/husky';
import { expectNoLeak, makeGithubToken } from '../support/secrets';
import { PROJECT_ROOT, createTempRepo, type RunResult, type TempRepo, filesOutsideObjectStores } from '../support/temp-repo';

describe('leakguard next to husky 9, driven by real git commit', () => {
  let repo: TempRepo;
  const token = makeGithubToken(101);
  const outputs: string[] = [];

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    // The project's leakguard as npm installs it, which is what husky's block (no recorded paths) finds.
    mkdirSync(join(repo.dir, 'node_modules'));
    symlinkSync(PROJECT_ROOT, join(repo.dir, 'node_modules', 'leakguard'));
    repo.write('.gitignore', 'node_modules\n');
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

  function commitToken(): RunResult {
    repo.write('a.ts', `t = "${token}"\n`);
    repo.mustGit('add', 'a.ts');
    return run(repo.run('git', ['commit', '-m', 'leak'], { env: { PATH: PATH_WITHOUT_LEAKGUARD } }));
  }

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
