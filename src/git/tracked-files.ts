import { isAbsolute, relative } from 'node:path';
import { streamGit } from './run-git';

/**
 * Whether git tracks a file in `dir` (absolute): hooks kept there are committed, so everyone who clones
 * the repository gets them. A directory outside the work tree holds none.
 */
export async function hasTrackedFiles(root: string, dir: string): Promise<boolean> {
  const inside = relative(root, dir);
  if (inside.startsWith('..') || isAbsolute(inside)) return false;
  // -z: names are never quoted. One is enough to answer: git is stopped at its first output, so a
  // directory of a hundred thousand files is not listed whole.
  for await (const chunk of streamGit(root, ['--literal-pathspecs', 'ls-files', '-z', '--', inside === '' ? '.' : inside])) if (chunk !== '') return true;
  return false;
}
