import type { Detector } from './detector';
import { builtInKeywordAutomaton, builtInRulesForScan } from './built-in-rules';
import { buildKeywordAutomaton } from './keyword-automaton';
import { KeywordPrefilter, type PrefilterPart } from './keyword-prefilter';

/**
 * The keyword prefilter for `detectors`, in their order: the built-in ones among them (known by
 * identity) through the automaton the build wrote, the others (the config's rules, or every rule where
 * no build wrote one, as when the tests run from src/) through one built now.
 */
export function prefilterFor(detectors: readonly Detector[]): KeywordPrefilter {
  const parts: PrefilterPart[] = [];
  const automaton = builtInKeywordAutomaton();
  const builtIns = automaton === undefined ? [] : builtInRulesForScan();
  const positionOf = new Map(detectors.map((detector, position) => [detector, position]));
  if (automaton !== undefined) parts.push({ automaton, ruleOf: builtIns.map((rule) => positionOf.get(rule) ?? -1) });
  const precomputed = new Set(builtIns);
  const others = detectors.flatMap((detector, position) => (precomputed.has(detector) ? [] : [position]));
  if (others.length > 0) parts.push({ automaton: buildKeywordAutomaton(others.map((position) => (detectors[position] as Detector).keywords)), ruleOf: others });
  return new KeywordPrefilter(parts);
}
