import { join } from 'node:path';
import { createTempRepo, type TempRepo } from '../support/temp-repo';

/**
 * Issue 14, item 8 ("a shallow clone says so"): CI checks out one commit by default
 * (actions/checkout's fetch-depth: 1, GitLab's GIT_DEPTH), so a range's base is not in the clone and
 * git says only "bad revision". The message must say the clone is shallow and how to deepen it.
 */
describe('a range scan in a shallow clone', () => {
  let origin: TempRepo;
  let clone: string;

  beforeAll(() => {
    origin = createTempRepo();
    for (const name of ['one', 'two', 'three']) {
      origin.write(`${name}.txt`, `${name}\n`);
      origin.mustGit('add', '.');
      origin.mustGit('commit', '-q', '-m', name);
    }
    clone = join(origin.root, 'clone');
    origin.mustGit('clone', '-q', '--depth', '1', `file://${origin.dir}`, clone);
  });

  afterAll(() => origin.remove());

  const firstCommit = (): string => origin.mustGit('rev-list', '--max-parents=0', 'HEAD').trim();

  test.each([
    ['a parent the clone cut off', () => 'HEAD~1..HEAD'],
    ['a base commit the clone does not have', () => `${firstCommit()}..HEAD`],
  ])('%s: exit 2, saying the clone is shallow and what to set', (_, range) => {
    const result = origin.leakguard(['scan', '--range', range()], { cwd: clone });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('is a shallow clone');
    expect(result.stderr).toContain('git fetch --deepen=');
    expect(result.stderr).toContain('git fetch --unshallow');
    expect(result.stderr).toContain('fetch-depth: 0');
    expect(result.stderr).not.toContain('Check that this is a git repository');
  });

  test('--history fails (exit 2): the commits before the boundary are not there to scan', () => {
    const result = origin.leakguard(['scan', '--history'], { cwd: clone });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('is a shallow clone (only HEAD itself is here): the history before it is not here, so --history cannot scan it.');
    expect(result.stderr).toContain('git fetch --unshallow');
    expect(origin.leakguard(['scan', '--history'], { cwd: origin.dir }).exitCode).toBe(0);
  });

  test('a range the shallow clone holds is scanned as usual', () => {
    expect(origin.leakguard(['scan', '--range', 'HEAD~1..HEAD'], { cwd: origin.dir }).exitCode).toBe(0);
    const result = origin.leakguard(['scan', '--since', 'origin/main'], { cwd: clone });
    expect(result.exitCode).toBe(0);
  });

  test('a bad revision in a full clone keeps the usual message', () => {
    const result = origin.leakguard(['scan', '--range', 'nosuchbranch..HEAD'], { cwd: origin.dir });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).not.toContain('shallow');
  });
});
