import { invalidConfig, LeakguardError } from '../model/errors';

/** Whether a file (named relative to the repository root, with "/") is left unscanned. */
export type PathPredicate = (path: string) => boolean;

export interface PathIgnoreSources {
  /** `.secretignore`: where it is (for messages) and its text, empty when there is none. */
  readonly ignoreFile: { readonly path: string; readonly text: string };
  /** The config's `allowlist.paths` (micromatch globs) and the file they come from. */
  readonly allowedPaths: { readonly source: string | undefined; readonly globs: readonly string[] };
}

/**
 * A repository's kinds of files: root files with and without an extension, dotfiles, files in dot
 * directories, deep paths, names with spaces and non-ASCII letters. Patterns that leave none of them
 * scanned leave every file unscanned and let every secret through.
 */
const REPRESENTATIVE_PATHS = [
  'app.ts',
  'Makefile',
  '.env',
  '.github/workflows/deploy.yml',
  'src/config.js',
  'config/.npmrc',
  'services/api/src/main/resources/application.yml',
  'a/b/c/d/e/f/g/h/settings.json',
  'docs/my notes/ünïcödé.txt',
];

const NARROWER =
  'name the files or directories that hold only fake secrets (e.g. "test/fixtures/"), and allow a single ' +
  'value with an inline `leakguard:allow` comment or the baseline (`leakguard baseline create`).';

/**
 * The predicate for `.secretignore` and `allowlist.paths`: a file either names is not scanned. Each
 * library is loaded only when there is a pattern for it: most repositories have none, and the hook's
 * start-up counts. Throws when either ignores every path.
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
 * read their ignore files with it); test/integration/secretignore-matches-git.test.ts compares it with
 * `git check-ignore`. A file under an ignored directory is ignored. Case counts, as in git with
 * core.ignoreCase=false: a case-blind match would skip files git would not. Names outside the root
 * ("../x", from `scan PATH`) are no business of this repository's .secretignore and are scanned.
 */
function secretIgnorePredicate(ignoreFile: PathIgnoreSources['ignoreFile']): PathPredicate | undefined {
  const lines = ignoreFile.text.split(/\r?\n/);
  if (!lines.some(isPatternLine)) return undefined;
  const ignore = require('ignore') as typeof import('ignore');
  const compile = (patterns: readonly string[]): PathPredicate => {
    const rules = ignore({ ignorecase: false }).add(patterns);
    return (path) => ignore.isPathValid(path) && rules.ignores(path);
  };
  const isIgnored = compile(lines);
  if (REPRESENTATIVE_PATHS.every(isIgnored)) throw ignoresEverything(ignoreFile.path, firstLineIgnoringEverything(lines, compile));
  return isIgnored;
}

/**
 * The line from which on every path stays ignored: the one to fix (a later line can re-include files
 * and a still later one exclude them again). Only run on the error path.
 */
function firstLineIgnoringEverything(lines: readonly string[], compile: (patterns: readonly string[]) => PathPredicate): number {
  let lineNumber = lines.length;
  while (lineNumber > 1 && REPRESENTATIVE_PATHS.every(compile(lines.slice(0, lineNumber - 1)))) lineNumber--;
  return lineNumber;
}

function ignoresEverything(path: string, lineNumber: number): LeakguardError {
  return new LeakguardError('CONFIG_INVALID', `Invalid ${path}: line ${lineNumber} ignores every path, so no file would be scanned.`, {
    hint: `Remove that line; ${NARROWER}`,
  });
}

/** gitignore(5): a blank line matches nothing, a line starting with "#" is a comment. */
const isPatternLine = (line: string): boolean => !line.startsWith('#') && line.trim() !== '';

/**
 * Config globs (micromatch, dotfiles included). One glob that covers every path is named by its
 * index; globs that only cover every path together are named as a list.
 */
function allowedPathsPredicate({ source, globs }: PathIgnoreSources['allowedPaths']): PathPredicate | undefined {
  if (globs.length === 0) return undefined;
  const micromatch = require('micromatch') as typeof import('micromatch');
  // A matcher takes a second argument (return an object), so it is never handed to every() directly.
  const matchers = globs.map((glob) => micromatch.matcher(glob, { dot: true }));
  const isIgnored: PathPredicate = (path) => matchers.some((matches) => matches(path));
  if (!REPRESENTATIVE_PATHS.every(isIgnored)) return isIgnored;
  const everything = matchers.flatMap((matches, index) => (REPRESENTATIVE_PATHS.every((path) => matches(path)) ? [`allowlist.paths[${index}]`] : []));
  const keys = everything.length > 0 ? everything : ['allowlist.paths'];
  const problems = keys.map((key) => `${key}: ${key.endsWith(']') ? 'matches' : 'together match'} every path, so no file would be scanned`);
  throw invalidConfig(source ?? 'the config', problems, `In allowlist.paths, ${NARROWER}`);
}
