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
  let output: string;
  try {
    output = await runGitQuickly(cwd, ['rev-parse', '--show-toplevel', '--git-path', 'MERGE_HEAD']);
  } catch (error) {
    throw new LeakguardError('NOT_A_REPOSITORY', `${cwd} is not inside a git work tree.`, {
      hint: 'Run leakguard from inside a git repository, or `git init` one first.',
      cause: error,
    });
  }
  const [root = '', mergeHead = ''] = output.split('\n');
  return { root, mergeHeadPath: isAbsolute(mergeHead) ? mergeHead : resolve(cwd, mergeHead) };
}
