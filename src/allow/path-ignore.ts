/** A compiled set of gitignore-style path patterns; later patterns win, `!` re-includes. */
export type PathPredicate = (path: string) => boolean;

interface IgnoreRule {
  readonly isNegated: boolean;
  readonly globs: readonly string[];
}

/** Translates one gitignore line (gitignore(5), "PATTERN FORMAT") into micromatch globs. */
function toIgnoreRule(line: string): IgnoreRule | undefined {
  let pattern = line.replace(/(?<!\\)\s+$/, '');
  if (pattern === '' || pattern.startsWith('#')) return undefined;
  const isNegated = pattern.startsWith('!');
  if (isNegated) pattern = pattern.slice(1);
  pattern = pattern.replace(/^\\([#!])/, '$1');
  const isDirectoryOnly = pattern.endsWith('/');
  pattern = pattern.replace(/\/+$/, '');
  // A slash at the start or in the middle anchors the pattern to the repository root.
  const isAnchored = pattern.includes('/');
  const base = isAnchored ? pattern.replace(/^\//, '') : `**/${pattern}`;
  const globs = isDirectoryOnly ? [`${base}/**/*`] : [base, `${base}/**/*`];
  return { isNegated, globs };
}

/**
 * Builds the predicate for `.secretignore` text and config path globs. micromatch is loaded only when
 * there is a pattern to match: most repositories have none, and the hook's start-up counts.
 */
export function createPathIgnore(ignoreFileText: string, extraGlobs: readonly string[]): PathPredicate {
  const rules = [
    ...ignoreFileText.split(/\r?\n/).map(toIgnoreRule).filter((rule): rule is IgnoreRule => rule !== undefined),
    ...extraGlobs.map((glob) => ({ isNegated: false, globs: [glob] })),
  ];
  if (rules.length === 0) return () => false;
  const micromatch = require('micromatch') as typeof import('micromatch');
  const matchers = rules.map((rule) => {
    const globMatchers = rule.globs.map((glob) => micromatch.matcher(glob, { dot: true }));
    return { isNegated: rule.isNegated, matches: (path: string) => globMatchers.some((matches) => matches(path)) };
  });
  return (path) => {
    let isIgnored = false;
    for (const matcher of matchers) if (matcher.matches(path)) isIgnored = !matcher.isNegated;
    return isIgnored;
  };
}
