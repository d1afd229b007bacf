import { isAbsolute, resolve } from 'node:path';
import { LeakguardError } from '../model/errors';
import { runGitQuickly } from './run-git-quickly';

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
    const [root = '', ...answers] = (await runGitQuickly(cwd, ['rev-parse', '--show-toplevel', ...args])).split('\n');
    return [root, ...answers];
  } catch (error) {
    throw new LeakguardError('NOT_A_REPOSITORY', `${cwd} is not inside a git work tree.`, {
      hint: 'Run leakguard inside a git repository (`git init` first for a new one).',
      cause: error,
    });
  }
}

/** git prints --git-path answers relative to the directory it ran in. */
export function absolutePath(cwd: string, gitPath: string): string {
  return isAbsolute(gitPath) ? gitPath : resolve(cwd, gitPath);
}
