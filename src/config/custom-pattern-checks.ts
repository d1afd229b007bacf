import { checkEachInWorker } from './check-in-worker';
import { backtrackingCheckOf, CUSTOM_PATTERN_BUDGET, OUT_OF_BUDGET, patternCheckKey, problemsOfVerdict, type PatternBudget } from './pattern-safety';
import { readSafeKeys, rememberSafeKeys, safePatternCachePath } from './safe-pattern-cache';

/**
 * The backtracking problems of each of a config's patterns (none for a safe one), in their order. A
 * pattern that passed before on this machine is not checked again: its key is in the cache, read once
 * per scan. The others are checked in one worker thread, each within the budget's time and the
 * thread's memory, and those that pass are added to the cache. Only passes are recorded: a refused
 * pattern makes the config invalid, and the user changes it.
 */
export function backtrackingProblemsOfEach(patterns: readonly RegExp[], budget: PatternBudget = CUSTOM_PATTERN_BUDGET): string[][] {
  if (patterns.length === 0) return [];
  const cachePath = safePatternCachePath();
  const known = new Set(readSafeKeys(cachePath));
  const keys = patterns.map((pattern) => patternCheckKey(pattern, budget));
  const unchecked = patterns.flatMap((pattern, index) => (known.has(keys[index] as string) ? [] : [{ pattern, key: keys[index] as string, index }]));
  const verdicts = checkEachInWorker(unchecked.map(({ pattern }) => backtrackingCheckOf(pattern, budget)), budget.checkMilliseconds);
  const checked = unchecked.map((pattern, at) => ({ ...pattern, verdict: verdicts[at] ?? OUT_OF_BUDGET }));
  rememberSafeKeys(cachePath, checked.filter(({ verdict }) => verdict.safe).map(({ key }) => key));
  const problems = patterns.map((): string[] => []);
  for (const { index, verdict } of checked) problems[index] = problemsOfVerdict(verdict, budget);
  return problems;
}
