import { join } from 'node:path';
import { LeakguardError } from '../../src/model/errors';
import { GitStderr, runGit, streamGit, streamGitBytes } from '../../src/git/run-git';
import { createTempRepo, type TempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

/** Issue 12, item 7: one runner, one way of failing, whether git's answer is buffered or streamed. */
const drain = async (chunks: AsyncIterable<unknown>): Promise<void> => {
  for await (const chunk of chunks) void chunk;
};

const CALLS = [
  { name: 'the buffered call', run: (cwd: string, args: string[]) => runGit(cwd, args) },
  { name: 'the streamed text', run: (cwd: string, args: string[]) => drain(streamGit(cwd, args)) },
  { name: 'the streamed bytes', run: (cwd: string, args: string[]) => drain(streamGitBytes(cwd, args)) },
];

/** The runner reads git's environment from the process, as in a hook; the test gives it the repo's. */
async function failureIn(repo: TempRepo, run: () => Promise<unknown>): Promise<LeakguardError> {
  const saved = { ...process.env };
  Object.assign(process.env, repo.env);
  try {
    await run();
  } catch (error) {
    if (error instanceof LeakguardError) return error;
    throw error;
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
  throw new Error('git did not fail');
}

describe('a failing git call', () => {
  const secret = makeGithubToken(712);
  let repo: TempRepo;

  beforeAll(() => {
    repo = createTempRepo();
    repo.write('a.txt', 'a\n');
    repo.mustGit('add', 'a.txt');
    repo.mustGit('commit', '-q', '-m', 'first');
  });
  afterAll(() => repo.remove());

  test.each(CALLS)('$name: GIT_FAILED naming the command and what git said, redacted; git stderr and exit code kept as the cause', async ({ run }) => {
    const error = await failureIn(repo, () => run(repo.dir, ['log', '--oneline', `HEAD..${secret}`]));
    expect(error.code).toBe('GIT_FAILED');
    expect(error.message).toMatch(new RegExp(`^git log --oneline \\S+ failed in ${repo.dir}: fatal: ambiguous argument '\\S+': unknown revision`));
    expect(error.message).not.toContain('Use \'--\' to separate');
    expectNoLeak(secret, error.message, error.hint ?? '');
    expect(error.cause).toBeInstanceOf(GitStderr);
    const cause = error.cause as GitStderr;
    // git's own words, whole: only what leaves the process is redacted.
    expect(cause.stderr).toContain(`fatal: ambiguous argument 'HEAD..${secret}'`);
    expect(cause.exitCode).toBe(128);
  });

  test('every call fails alike', async () => {
    const failures = await Promise.all(CALLS.map(({ run }) => failureIn(repo, () => run(repo.dir, ['rev-parse', '--verify', `${secret}^{commit}`]))));
    const shapes = failures.map((error) => ({ code: error.code, message: error.message, hint: error.hint, stderr: (error.cause as GitStderr).stderr, exitCode: (error.cause as GitStderr).exitCode }));
    expect(shapes[0]).toMatchObject({ code: 'GIT_FAILED', exitCode: 128, message: `git rev-parse --verify ghp_********^{commit} failed in ${repo.dir}: fatal: Needed a single revision` });
    for (const shape of shapes) expect(shape).toEqual(shapes[0]);
  });

  test('git that cannot be started (here: in a directory that is not there) fails alike, with the reason', async () => {
    const missing = join(repo.root, 'missing');
    const error = await failureIn(repo, () => runGit(missing, ['status']));
    expect(error.code).toBe('GIT_FAILED');
    expect(error.message).toBe(`git status failed in ${missing}: could not run git: spawn git ENOENT`);
    expect(error.cause).toMatchObject({ stderr: '', exitCode: null, cause: { code: 'ENOENT' } });
  });
});
