import type { Detector } from './detector';
import { builtInKeywordAutomaton, builtInRulesForScan } from './built-in-rules';
import { buildKeywordAutomaton, type CompactAutomaton } from './keyword-automaton';
import { KeywordPrefilter, type PrefilterPart } from './keyword-prefilter';

/**
 * Keeps automata built at run time between scans (scan/automaton-store.ts, outside this pure core):
 * building the one for every built-in rule and a config's rules costs 25-90 ms, reading it back a few.
 */
export interface AutomatonStore {
  /** The automaton of `keywordsPerRule` (rule i's keywords at i), kept from an earlier scan or built now. */
  automatonOf(keywordsPerRule: readonly (readonly string[])[]): CompactAutomaton;
}

/**
 * The keyword prefilter for `detectors`, in their order: the built-in ones among them (known by
 * identity) through the automaton the build wrote, the others (the config's rules, or every rule where
 * no build wrote one, as when the tests run from src/) through one built now. With a store, a config's
 * rules share one automaton with the built-in ones instead: a second automaton is a second pass over
 * every character, which 200 custom rules whose keywords never occur made cost 350 ms on 40 MB.
 */
export function prefilterFor(detectors: readonly Detector[], store?: AutomatonStore): KeywordPrefilter {
  const automaton = builtInKeywordAutomaton();
  const builtIns = automaton === undefined ? [] : builtInRulesForScan();
  const positionOf = new Map(detectors.map((detector, position) => [detector, position]));
  const builtInRuleOf = builtIns.map((rule) => positionOf.get(rule) ?? -1);
  const precomputed = new Set(builtIns);
  const others = detectors.flatMap((detector, position) => (precomputed.has(detector) ? [] : [position]));
  const keywordsOf = (positions: readonly number[]) => positions.map((position) => (detectors[position] as Detector).keywords);
  if (automaton !== undefined && others.length > 0 && store !== undefined) {
    const merged = store.automatonOf([...builtIns.map((rule) => rule.keywords), ...keywordsOf(others)]);
    return new KeywordPrefilter([{ automaton: merged, ruleOf: [...builtInRuleOf, ...others] }]);
  }
  const parts: PrefilterPart[] = [];
  if (automaton !== undefined) parts.push({ automaton, ruleOf: builtInRuleOf });
  if (others.length > 0) parts.push({ automaton: buildKeywordAutomaton(keywordsOf(others)), ruleOf: others });
  return new KeywordPrefilter(parts);
}
