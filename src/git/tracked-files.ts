import { isAbsolute, relative } from 'node:path';
import { queryGit } from './git-query';

/**
 * Whether git tracks a file in `dir` (absolute): hooks kept there are committed, so everyone who clones
 * the repository gets them. A directory outside the work tree holds none.
 */
export async function hasTrackedFiles(root: string, dir: string): Promise<boolean> {
  const inside = relative(root, dir);
  if (inside.startsWith('..') || isAbsolute(inside)) return false;
  // -z: names are never quoted; one is enough to answer.
  return (await queryGit(root, ['--literal-pathspecs', 'ls-files', '-z', '--', inside === '' ? '.' : inside])) !== '';
}
