import type * as RedosDetector from 'redos-detector';

/**
 * redos-detector's default budget (20 000 steps) is too small to finish exploring patterns that
 * recognise a secret by its name (an optional separator, bounded spaces, a quoted value); a check that
 * runs out of steps counts as unsafe. A step budget rather than a timeout keeps the verdict the same
 * on a fast and a slow machine.
 */
const BACKTRACKING_STEPS = 200_000;

/**
 * Why a pattern could make a scan slower than linear, or nothing when it is safe. The built-in rules
 * pass this in the detector test and custom rules pass it when the config loads, so a user's pattern
 * cannot stall the hook on a long line either.
 */
export function patternSafetyProblems(pattern: RegExp): string[] {
  const unbounded = unboundedQuantifiers(pattern.source);
  if (unbounded.length > 0) {
    return unbounded.map((quantifier) => `"${quantifier.text}" at offset ${quantifier.offset} repeats without bound; give it an upper bound such as {1,200}`);
  }
  return backtrackingProblems(pattern);
}

/**
 * For patterns run on one secret rather than on whole lines (the config's value allowlist): an
 * unbounded run is fine there, but a private key is thousands of characters long, enough for
 * exponential backtracking to hang the hook.
 */
export function backtrackingProblems(pattern: RegExp): string[] {
  const verdict = checkBacktracking(pattern);
  return verdict.safe ? [] : [`can backtrack super-linearly (redos-detector: ${verdict.error ?? 'unsafe'}); avoid nested or overlapping repetition such as (a{1,9}){1,9} or (a|ab){1,9}`];
}

interface Quantifier {
  readonly text: string;
  readonly offset: number;
}

/**
 * `*`, `+` and `{n,}` outside character classes. Even without nested repetition, an unbounded run
 * tried from every start position of a multi-megabyte line makes the scan quadratic.
 */
function unboundedQuantifiers(source: string): Quantifier[] {
  const found: Quantifier[] = [];
  let isInClass = false;
  for (let offset = 0; offset < source.length; offset++) {
    const char = source[offset] as string;
    if (char === '\\') offset++;
    else if (isInClass) isInClass = char !== ']';
    else if (char === '[') isInClass = true;
    else if (char === '*' || char === '+') found.push({ text: char, offset });
    else if (char === '{') {
      const openRange = /^\{\d+,\}/.exec(source.slice(offset, offset + 24));
      if (openRange) found.push({ text: openRange[0], offset });
    }
  }
  return found;
}

/**
 * Backtracking within one match attempt. redos-detector models an unanchored search by putting `[^]*?`
 * in front of the pattern and then counts every overlap between a long token and the next start
 * position as a backtrack (so `ab[a-z]{30}` is "unsafe"). With bounded quantifiers, each start
 * position costs at most one bounded attempt and the scan stays linear; what can still explode is
 * the attempt itself, which is what the anchored pattern measures. Loaded on first use: only the
 * detector test and configs with custom rules need it.
 */
function checkBacktracking(pattern: RegExp): { safe: boolean; error: string | null } {
  const { isSafePattern } = require('redos-detector') as typeof RedosDetector;
  const result = isSafePattern(`^(?:${withoutGroupNames(pattern.source)})`, {
    caseInsensitive: pattern.flags.includes('i'),
    dotAll: pattern.flags.includes('s'),
    multiLine: pattern.flags.includes('m'),
    unicode: pattern.flags.includes('u'),
    maxSteps: BACKTRACKING_STEPS,
  });
  return { safe: result.safe, error: result.error };
}

/** redos-detector's parser predates named groups; a named group backtracks exactly like a plain one. */
function withoutGroupNames(source: string): string {
  return source.replace(/(?<!\\)\(\?<(?![=!])[A-Za-z_$][\w$]*>/g, '(');
}
