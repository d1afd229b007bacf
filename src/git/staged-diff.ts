import { streamGit } from './stream-git';

/**
 * Options that make git's output the same whatever the user's config says: colour, external diff
 * drivers, textconv filters, custom or missing prefixes, quoted non-ASCII paths and diff.relative all
 * change the text we parse.
 */
export const STABLE_DIFF_OPTIONS = [
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--src-prefix=a/',
  '--dst-prefix=b/',
  '--no-relative',
  '-U0',
  // Whole blob ids on the `index` line: a file git will not diff as text is read from its blob.
  '--full-index',
  // Renames and copies count only their changed lines as added; deleted files add nothing.
  '-M',
  '-C',
  '--diff-filter=d',
];

/**
 * The staged change as unified diff text: the index (or the temporary index git names in
 * GIT_INDEX_FILE during `git commit -a`) against `base`, HEAD by default. With no commit yet, git
 * compares against the empty tree.
 */
export function streamStagedDiff(root: string, base?: string): AsyncGenerator<string> {
  return streamGit(root, ['-c', 'core.quotePath=false', 'diff', '--cached', ...STABLE_DIFF_OPTIONS, ...(base ? [base] : []), '--']);
}
