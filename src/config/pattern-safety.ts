import { createHash } from 'node:crypto';
import type * as RedosDetector from 'redos-detector';
import { longestMatch } from './longest-match';

/**
 * redos-detector's default budget (20 000 steps) is too small to finish exploring patterns that
 * recognise a secret by its name (an optional separator, bounded spaces, a quoted value); a check that
 * runs out of steps counts as unsafe. A step budget rather than a timeout keeps the verdict the same
 * on a fast and a slow machine.
 */
const BACKTRACKING_STEPS = 200_000;

/** How much one check and one match attempt of a pattern may cost. */
export interface PatternBudget {
  /**
   * The most characters one match attempt may read (see longestMatch). A scan tries the pattern at
   * every position of a line, and an attempt that fails reads up to this many characters and gives
   * them back one by one, so the work on a line is its length times this figure: `{1,20000}` is as
   * bad as `+` on a line of a megabyte.
   */
  readonly longestMatch: number;
  /**
   * How long one check may take, in milliseconds: redos-detector's time limit, and for custom rules
   * also a hard deadline (check-in-worker.ts), as its steps do not bound its time or memory on long
   * patterns (seconds and gigabytes were measured). A check that runs out of time refuses the pattern:
   * one that cannot be shown safe is not run.
   */
  readonly checkMilliseconds: number;
}

/**
 * Custom rules run on every commit, on lines of up to MAX_LINE_LENGTH characters: a pattern reading at
 * most 512 characters per attempt costs a few seconds on a megabyte of its own keyword, the worst line
 * there is for it (measured in `npm run bench`). Its check runs when the config loads, so it must not
 * be felt: 100 ms, enforced from outside redos-detector and scaled up on a slow machine
 * (check-in-worker.ts), and then never again for that pattern (safe-pattern-cache.ts).
 */
export const CUSTOM_PATTERN_BUDGET: PatternBudget = { longestMatch: 512, checkMilliseconds: 100 };

/**
 * Why a pattern could make a scan slower than linear, or nothing when it is safe, checked in this
 * process. The built-in rules pass this in the detector test (with a budget of their own: their private
 * keys are long); custom rules pass the same checks when the config loads (custom-pattern-checks.ts),
 * so a user's pattern cannot stall the hook on a long line either.
 */
export function patternSafetyProblems(pattern: RegExp, budget: PatternBudget = CUSTOM_PATTERN_BUDGET): string[] {
  const costly = perAttemptProblems(pattern, budget);
  return costly.length > 0 ? costly : problemsOfVerdict(checkBacktracking(backtrackingCheckOf(pattern, budget)), budget);
}

/**
 * The part of patternSafetyProblems that reads the pattern's text alone, in time linear in its length:
 * an unbounded quantifier, or an attempt that can read more than the budget allows.
 */
export function perAttemptProblems(pattern: RegExp, budget: PatternBudget): string[] {
  const unbounded = unboundedQuantifiers(pattern.source);
  if (unbounded.length > 0) {
    return unbounded.map((quantifier) => `"${quantifier.text}" at offset ${quantifier.offset} repeats without bound; give it an upper bound such as {1,200}`);
  }
  const length = longestMatch(pattern);
  if (length > budget.longestMatch) {
    return [`one match attempt can read ${length} characters, more than ${budget.longestMatch}: each start position of a long line would cost that much; lower the upper bounds (a {m,n} nested in {k} counts n*k)`];
  }
  return [];
}

/**
 * What a verdict of patternSafetyProblems depends on: the pattern, the budget, the step limit and the
 * checker's version. A verdict recorded under this key holds for as long as none of them changes, so
 * the built-in rules' checks (minutes for 500 rules) need not run again for patterns already checked.
 */
export function patternCheckKey(pattern: RegExp, budget: PatternBudget): string {
  const { version } = require('redos-detector/package.json') as { version: string };
  const checker = `redos-detector ${version}, ${BACKTRACKING_STEPS} steps, ${budget.longestMatch} characters`;
  return createHash('sha256').update(`${checker}\n${pattern.flags}\n${pattern.source}`).digest('hex');
}

/** What redos-detector answered, or why there is no answer: the check's bound or an unreadable pattern. */
export interface BacktrackingVerdict {
  readonly safe: boolean;
  readonly error: string | null;
}

/** A verdict for a check stopped from outside, after its time or memory ran out (check-in-worker.ts). */
export const OUT_OF_BUDGET: BacktrackingVerdict = { safe: false, error: 'timedOut' };
/** A verdict for a check that never ran: the worker thread that runs it did not start. */
export const NOT_STARTED: BacktrackingVerdict = { safe: false, error: 'notStarted' };
/** redos-detector threw: its parser does not know every construct V8 accepts (`\k<name>`, `v` sets). */
export const UNREADABLE: BacktrackingVerdict = { safe: false, error: 'unreadable' };

/**
 * What the user reads about a pattern's backtracking check. A thrown parser error is not quoted: it
 * repeats the pattern, which may hold a secret.
 */
export function problemsOfVerdict(verdict: BacktrackingVerdict, budget: PatternBudget): string[] {
  if (verdict.safe) return [];
  if (verdict.error === 'timedOut' || verdict.error === 'hitMaxSteps') {
    return [`could not be shown free of super-linear backtracking within the check's budget (${budget.checkMilliseconds} ms of CPU time, more on a slow machine, and ${BACKTRACKING_STEPS} steps), so it is refused; simplify it: fewer optional parts, alternatives and adjacent repetitions`];
  }
  if (verdict.error === UNREADABLE.error) {
    return ['could not be read by the backtracking check (redos-detector), so it cannot be shown safe; rewrite the construct it does not know (a named backreference \\k<name> is one: use a numbered one)'];
  }
  if (verdict.error === NOT_STARTED.error) {
    return ['could not be checked for super-linear backtracking: the thread that checks patterns did not start, so it is refused; run again (a machine short of memory or threads cannot start it)'];
  }
  return [`can backtrack super-linearly (redos-detector: ${verdict.error ?? 'unsafe'}); avoid nested or overlapping repetition such as (a{1,9}){1,9}, (a|ab){1,9} or [a-z]{1,9}[a-z0-9]{1,9}`];
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

/** What redos-detector is asked: a pattern source and its options, plain data a worker can receive. */
export interface BacktrackingCheck {
  readonly source: string;
  readonly options: RedosDetector.IsSafePatternConfig;
}

/**
 * Backtracking within one match attempt. redos-detector models an unanchored search by putting `[^]*?`
 * in front of the pattern and then counts every overlap between a long token and the next start
 * position as a backtrack (so `ab[a-z]{30}` is "unsafe"). With bounded quantifiers, each start
 * position costs at most one bounded attempt and the scan stays linear; what can still explode is
 * the attempt itself, which is what the anchored pattern measures.
 */
export function backtrackingCheckOf(pattern: RegExp, budget: PatternBudget): BacktrackingCheck {
  return {
    source: `^(?:${withoutGroupNames(pattern.source)})`,
    options: {
      caseInsensitive: pattern.flags.includes('i'),
      dotAll: pattern.flags.includes('s'),
      multiLine: pattern.flags.includes('m'),
      unicode: pattern.flags.includes('u'),
      maxSteps: BACKTRACKING_STEPS,
      timeout: budget.checkMilliseconds,
    },
  };
}

/**
 * The check in this process, bounded by redos-detector's own timeout only: for the built-in rules
 * (scripts/verify-patterns.js, the detector test). Loaded on first use: only they and configs with
 * custom rules need it.
 */
function checkBacktracking(check: BacktrackingCheck): BacktrackingVerdict {
  const { isSafePattern } = require('redos-detector') as typeof RedosDetector;
  try {
    const result = isSafePattern(check.source, check.options);
    return { safe: result.safe, error: result.error };
  } catch {
    return UNREADABLE;
  }
}

/** redos-detector's parser predates named groups; a named group backtracks exactly like a plain one. */
function withoutGroupNames(source: string): string {
  return source.replace(/(?<!\\)\(\?<(?![=!])[A-Za-z_$][\w$]*>/g, '(');
}
