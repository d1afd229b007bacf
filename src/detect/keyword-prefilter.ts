import { buildKeywordAutomaton, FOLD, TransitionTable, type CompactAutomaton } from './keyword-automaton';

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
  private readonly parts: readonly PartScanner[];

  constructor(parts: readonly PrefilterPart[]) {
    this.parts = parts.map((part) => new PartScanner(part));
  }

  /** A prefilter whose automaton is built now, rule i being keywordsPerRule[i]. */
  static ofKeywords(keywordsPerRule: readonly (readonly string[])[]): KeywordPrefilter {
    return new KeywordPrefilter([{ automaton: buildKeywordAutomaton(keywordsPerRule), ruleOf: keywordsPerRule.map((_, rule) => rule) }]);
  }

  /** For each line that holds a keyword, the indices of the rules to run on it; other lines are absent. */
  candidateRulesByLine(lines: readonly { readonly text: string }[]): Map<number, Set<number>> {
    const byLine = new Map<number, Set<number>>();
    for (const part of this.parts) part.addCandidates(lines, byLine);
    // A second part may add lines the first had not: the scan reads them in order.
    return this.parts.length > 1 ? new Map([...byLine].sort(([a], [b]) => a - b)) : byLine;
  }
}

/** What the hot loop reads of a state: 0 for a filled row where no rule of the scan ends (the usual case). */
const UNFILLED = 1;
const ACCEPTING = 2;

class PartScanner {
  private readonly table: TransitionTable;
  /** For each accepting state, the scan's rules whose keywords end there (an array: a Map's lookup cost more). */
  private readonly rulesAtState: (number[] | undefined)[];
  /** UNFILLED and ACCEPTING bits per state: one byte read per character. */
  private readonly status: Uint8Array;

  constructor({ automaton, ruleOf }: PrefilterPart) {
    this.table = new TransitionTable(automaton);
    this.status = new Uint8Array(automaton.failure.length).fill(UNFILLED);
    this.status[0] = 0;
    this.rulesAtState = new Array<number[] | undefined>(automaton.failure.length);
    const { accepts } = automaton;
    for (let index = 0; index < accepts.length; index += 2) {
      const rule = ruleOf[accepts[index + 1] as number] ?? -1;
      if (rule >= 0) this.accept(accepts[index] as number, rule);
    }
  }

  addCandidates(lines: readonly { readonly text: string }[], byLine: Map<number, Set<number>>): void {
    const { transitions } = this.table;
    const { status } = this;
    // A local: read through the module's exports object on every character, the table cost 40 % more.
    const fold = FOLD;
    for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
      const text = (lines[lineIndex] as { readonly text: string }).text;
      let state = 0;
      for (let index = 0; index < text.length; index++) {
        state = transitions[(state << 7) | (fold[text.charCodeAt(index)] as number)] as number;
        if (status[state] !== 0) this.enter(state, lineIndex, byLine);
      }
    }
  }

  private enter(state: number, lineIndex: number, byLine: Map<number, Set<number>>): void {
    if (((this.status[state] as number) & UNFILLED) !== 0) {
      this.table.fill(state);
      this.status[state] = (this.status[state] as number) & ~UNFILLED;
    }
    if (((this.status[state] as number) & ACCEPTING) === 0) return;
    const candidates = byLine.get(lineIndex) ?? new Set<number>();
    for (const rule of this.rulesAtState[state] as number[]) candidates.add(rule);
    byLine.set(lineIndex, candidates);
  }

  private accept(state: number, rule: number): void {
    const rules = this.rulesAtState[state];
    if (rules === undefined) this.rulesAtState[state] = [rule];
    else rules.push(rule);
    this.status[state] = (this.status[state] as number) | ACCEPTING;
  }
}
