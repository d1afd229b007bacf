import { startGit, streamGit } from './run-git';

/**
 * Settings with no command-line option that change what git prints, fixed with `-c` before the
 * command: core.quotePath=true octal-escapes every non-ASCII path; diff.suppressBlankEmpty=true prints
 * an empty context line as "" instead of " ", which a parser counting the hunk's lines would not count
 * (git-config(1), "diff.suppressBlankEmpty").
 */
export const STABLE_DIFF_CONFIG = ['-c', 'core.quotePath=false', '-c', 'diff.suppressBlankEmpty=false'];

/**
 * Options that make git's output the same whatever the user's config says: colour, external diff
 * drivers, textconv filters, custom or missing prefixes, diff.relative, diff.context and
 * diff.interHunkContext (which joins nearby hunks with context lines between them), diff.algorithm
 * (which moves what counts as added) and diff.submodule=diff (which would print a
 * submodule's own changes as this repository's files) all change the text we parse.
 */
export const STABLE_DIFF_OPTIONS = [
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--src-prefix=a/',
  '--dst-prefix=b/',
  '--no-relative',
  // One line of context: the line before an added line may hold a next-line allow comment
  // (src/allow/inline-allow.ts), and it need not be added itself. The parser returns no context line.
  '-U1',
  '--inter-hunk-context=0',
  '--diff-algorithm=myers',
  '--submodule=short',
  // Whole blob ids on the `index` line: a file git will not diff as text is read from its blob.
  '--full-index',
  // Renames count only their changed lines as added (the scan reads a file moved out of an ignored
  // path whole); deleted files add nothing. No -C: a copy is a new file holding every line it copied,
  // and an explicit -M also turns off diff.renames=copies.
  '-M',
  '--diff-filter=d',
];

/**
 * The staged change as unified diff text: the index (or the temporary index git names in
 * GIT_INDEX_FILE during `git commit -a`) against `base`, HEAD by default. With no commit yet, git
 * compares against the empty tree.
 */
export function streamStagedDiff(root: string, base?: string): AsyncGenerator<string> {
  return streamGit(root, stagedDiffArgs(base));
}

/**
 * The staged diff against HEAD, git started now in `cwd`: the diff's paths are the root's wherever it
 * runs (--no-relative), so a caller can ask where the root is while git works.
 */
export function startStagedDiff(cwd: string): AsyncGenerator<string> {
  return startGit(cwd, stagedDiffArgs());
}

/** git's arguments for the staged diff; exported so that npm run bench's yardstick runs the same git. */
export function stagedDiffArgs(base?: string): string[] {
  return [...STABLE_DIFF_CONFIG, 'diff', '--cached', ...STABLE_DIFF_OPTIONS, ...(base ? [base] : []), '--'];
}

/**
 * The staged version of `files` as new files, every line added: with renames off, a renamed file is
 * a deletion (filtered out) and an addition. For a file moved out of a path the scan ignores.
 */
export function streamStagedFilesWhole(root: string, files: readonly string[]): AsyncGenerator<string> {
  return streamGit(root, [...STABLE_DIFF_CONFIG, '--literal-pathspecs', 'diff', '--cached', ...STABLE_DIFF_OPTIONS, '--no-renames', '--', ...files]);
}
