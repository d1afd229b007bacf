import { LeakguardError } from '../model/errors';
import { queryGit } from './git-query';

/** The top-level directory of the work tree that `cwd` is in. */
export async function findRepoRoot(cwd: string): Promise<string> {
  try {
    return (await queryGit(cwd, ['rev-parse', '--show-toplevel'])).trim();
  } catch (error) {
    throw new LeakguardError('NOT_A_REPOSITORY', `${cwd} is not inside a git work tree.`, {
      hint: 'Run leakguard from inside a git repository, or `git init` one first.',
      cause: error,
    });
  }
}

/** During a merge git keeps the other side's commit in MERGE_HEAD until the merge is committed. */
export async function isMergeInProgress(root: string): Promise<boolean> {
  return (await queryGit(root, ['rev-parse', '-q', '--verify', 'MERGE_HEAD^{commit}'])).trim() !== '';
}
