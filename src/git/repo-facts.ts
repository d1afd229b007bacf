import { isAbsolute, resolve } from 'node:path';
import { LeakguardError } from '../model/errors';
import { GitStderr, runGit } from './run-git';

export interface RepoFacts {
  /** The top-level directory of the work tree. */
  readonly root: string;
  /**
   * Where git keeps MERGE_HEAD while a merge is being committed; the file exists only then. Asked as a
   * path, so that one git call answers both questions on every commit.
   */
  readonly mergeHeadPath: string;
}

/** What the scan needs to know about the repository `cwd` is in, in one git call. */
export async function readRepoFacts(cwd: string): Promise<RepoFacts> {
  const [root, mergeHead = ''] = await askWorkTree(cwd, ['--git-path', 'MERGE_HEAD']);
  return { root, mergeHeadPath: absolutePath(cwd, mergeHead) };
}

/**
 * `git rev-parse --show-toplevel ARGS` in `cwd`: the work tree's root and the answers to ARGS, one per
 * line. Outside a work tree it fails with an error that says so.
 */
export async function askWorkTree(cwd: string, args: readonly string[]): Promise<[string, ...string[]]> {
  try {
    const [root = '', ...answers] = (await runGit(cwd, ['rev-parse', '--show-toplevel', ...args])).split('\n');
    return [root, ...answers];
  } catch (error) {
    throw explainWorkTreeFailure(cwd, error);
  }
}

/**
 * Git refuses a work tree for other reasons than its absence: a repository owned by another user
 * ("dubious ownership", common in containers and CI), a bare repository, a broken .git. Its own first
 * line says which, so it is quoted; only a plain "not a git repository" gets the short message.
 */
function explainWorkTreeFailure(cwd: string, error: unknown): LeakguardError {
  const cause = error instanceof LeakguardError ? error.cause : undefined;
  const gitSays = cause instanceof GitStderr ? cause.headline : '';
  if (gitSays === '' || /not a git repository/i.test(gitSays)) {
    return new LeakguardError('NOT_A_REPOSITORY', `${cwd} is not inside a git work tree.`, {
      hint: 'Run leakguard inside a git repository (`git init` first for a new one).',
      cause: error,
    });
  }
  return new LeakguardError('GIT_FAILED', `git cannot use the repository at ${cwd}: ${gitSays}`, {
    hint: /dubious ownership/i.test(gitSays)
      ? `The repository belongs to another user. If you trust it: git config --global --add safe.directory '${cwd}'`
      : 'Fix what git reports above; `git status` in that directory shows the same problem.',
    cause: error,
  });
}

/** git prints --git-path answers relative to the directory it ran in. */
export function absolutePath(cwd: string, gitPath: string): string {
  return isAbsolute(gitPath) ? gitPath : resolve(cwd, gitPath);
}
