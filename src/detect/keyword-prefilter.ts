import { buildKeywordAutomaton, expandAutomaton, FOLD, type CompactAutomaton } from './keyword-automaton';

/** One automaton and the rule each of its rule numbers stands for in the scan (-1: a rule the scan does not run). */
export interface PrefilterPart {
  readonly automaton: CompactAutomaton;
  readonly ruleOf: readonly number[];
}

/**
 * Decides which rules can possibly match each line. Every rule lists lowercase ASCII keywords that occur
 * in any text it matches, so a line holding none of them never meets a rule regex. The keywords are
 * compiled into one Aho-Corasick automaton (src/detect/keyword-automaton.ts): one table lookup per
 * character, whatever the number of keywords. Measured when this was written, on 14 MB of JavaScript
 * from node_modules with 94 keywords: 22 ms, against 47 ms for one case-insensitive alternation regex
 * and about 4x that for an indexOf per keyword. A scan with rules of its own (the config's) runs a
 * second, small automaton for them beside the built-in rules' one, which the build wrote.
 */
export class KeywordPrefilter {
  private readonly parts: readonly ExpandedPart[];

  constructor(parts: readonly PrefilterPart[]) {
    this.parts = parts.map(expandPart);
  }

  /** A prefilter whose automaton is built now, rule i being keywordsPerRule[i]. */
  static ofKeywords(keywordsPerRule: readonly (readonly string[])[]): KeywordPrefilter {
    return new KeywordPrefilter([{ automaton: buildKeywordAutomaton(keywordsPerRule), ruleOf: keywordsPerRule.map((_, rule) => rule) }]);
  }

  /** For each line that holds a keyword, the indices of the rules to run on it; other lines are absent. */
  candidateRulesByLine(lines: readonly { readonly text: string }[]): Map<number, Set<number>> {
    const byLine = new Map<number, Set<number>>();
    for (const part of this.parts) addCandidates(part, lines, byLine);
    // A second part may add lines the first had not: the scan reads them in order.
    return this.parts.length > 1 ? new Map([...byLine].sort(([a], [b]) => a - b)) : byLine;
  }
}

interface ExpandedPart {
  readonly transitions: Int32Array;
  /** For each state, the scan's rules whose keywords end there; empty where none of them runs. */
  readonly rulesAtState: readonly (readonly number[])[];
  /** 1 where rulesAtState is not empty: the hot loop reads one byte, not an array. */
  readonly isAccepting: Uint8Array;
}

function expandPart({ automaton, ruleOf }: PrefilterPart): ExpandedPart {
  const { transitions, rulesAtState } = expandAutomaton(automaton);
  const scanRules = rulesAtState.map((rules) => rules.map((rule) => ruleOf[rule] ?? -1).filter((rule) => rule >= 0));
  return { transitions, rulesAtState: scanRules, isAccepting: Uint8Array.from(scanRules, (rules) => (rules.length > 0 ? 1 : 0)) };
}

function addCandidates(part: ExpandedPart, lines: readonly { readonly text: string }[], byLine: Map<number, Set<number>>): void {
  const { transitions, isAccepting, rulesAtState } = part;
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
    const text = (lines[lineIndex] as { readonly text: string }).text;
    let state = 0;
    for (let index = 0; index < text.length; index++) {
      state = transitions[(state << 7) | (FOLD[text.charCodeAt(index)] as number)] as number;
      if (isAccepting[state] === 1) addRules(byLine, lineIndex, rulesAtState[state] as readonly number[]);
    }
  }
}

function addRules(byLine: Map<number, Set<number>>, lineIndex: number, rules: readonly number[]): void {
  const candidates = byLine.get(lineIndex) ?? new Set<number>();
  for (const rule of rules) candidates.add(rule);
  byLine.set(lineIndex, candidates);
}
