/** Whether a file (named relative to the repository root, with "/") is left unscanned. */
export type PathPredicate = (path: string) => boolean;

export interface PathIgnoreSources {
  /** `.secretignore`: where it is (for messages) and its text, empty when there is none. */
  readonly ignoreFile: { readonly path: string; readonly text: string };
  /** The config's `allowlist.paths` (micromatch globs) and the file they come from. */
  readonly allowedPaths: { readonly source: string | undefined; readonly globs: readonly string[] };
}

/**
 * The predicate for `.secretignore` and `allowlist.paths`: a file either names is not scanned. Each
 * library is loaded only when there is a pattern for it: most repositories have none, and the hook's
 * start-up counts.
 */
export function createPathIgnore({ ignoreFile, allowedPaths }: PathIgnoreSources): PathPredicate {
  const predicates = [secretIgnorePredicate(ignoreFile), allowedPathsPredicate(allowedPaths)].filter(
    (predicate): predicate is PathPredicate => predicate !== undefined,
  );
  if (predicates.length === 0) return () => false;
  return (path) => predicates.some((isIgnored) => isIgnored(path));
}

/**
 * `.secretignore` with git's own rules (gitignore(5), "PATTERN FORMAT": negation, directory-only
 * patterns, anchoring, escapes, `**`), as the `ignore` package implements them (eslint and prettier
 * read their ignore files with it); test/unit/path-ignore.test.ts checks it against `git check-ignore`.
 * A file under an ignored directory is ignored. Case counts, as in git with core.ignoreCase=false: a
 * case-blind match would skip files git would not. Names outside the root ("../x", from `scan PATH`)
 * are no business of this repository's .secretignore and are scanned.
 */
function secretIgnorePredicate(ignoreFile: PathIgnoreSources['ignoreFile']): PathPredicate | undefined {
  const lines = ignoreFile.text.split(/\r?\n/);
  if (!lines.some(isPatternLine)) return undefined;
  const ignore = require('ignore') as typeof import('ignore');
  const rules = ignore({ ignorecase: false }).add(lines);
  return (path) => ignore.isPathValid(path) && rules.ignores(path);
}

/** gitignore(5): a blank line matches nothing, a line starting with "#" is a comment. */
const isPatternLine = (line: string): boolean => !line.startsWith('#') && line.trim() !== '';

/** Config globs (micromatch, dotfiles included). */
function allowedPathsPredicate({ globs }: PathIgnoreSources['allowedPaths']): PathPredicate | undefined {
  if (globs.length === 0) return undefined;
  const micromatch = require('micromatch') as typeof import('micromatch');
  const matchers = globs.map((glob) => micromatch.matcher(glob, { dot: true }));
  return (path) => matchers.some((matches) => matches(path));
}
