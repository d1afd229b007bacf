import { runGit, streamGit } from './run-git';
import { STABLE_DIFF_CONFIG, STABLE_DIFF_OPTIONS } from './staged-diff';

/**
 * Every tracked file as committed at HEAD, as a diff from the empty tree: every line is an added line,
 * so the staged scan's parser and pipeline read it unchanged, streamed. Undefined when there is no
 * commit yet. The empty tree's id is asked from git: it differs between SHA-1 and SHA-256 repositories.
 */
export async function streamFilesAtHead(root: string): Promise<AsyncGenerator<string> | undefined> {
  if (!(await hasCommit(root))) return undefined;
  const emptyTree = (await runGit(root, ['hash-object', '-t', 'tree', '/dev/null'])).trim();
  return streamGit(root, [...STABLE_DIFF_CONFIG, 'diff', ...STABLE_DIFF_OPTIONS, emptyTree, 'HEAD', '--']);
}

async function hasCommit(root: string): Promise<boolean> {
  try {
    await runGit(root, ['rev-parse', '--verify', '-q', 'HEAD^{commit}']);
    return true;
  } catch {
    // rev-parse --verify -q fails silently exactly when HEAD names no commit (an unborn branch).
    return false;
  }
}
