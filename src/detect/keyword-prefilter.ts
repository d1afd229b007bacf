import { buildKeywordAutomaton, ROW_BITS, FOLD, TransitionTable, type CompactAutomaton } from './keyword-automaton';

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
 * and about 4x that for an indexOf per keyword. Where no automaton store is at hand (rule-prefilter.ts),
 * a scan with rules of its own (the config's) runs a second, small automaton for them beside the
 * built-in rules' one, which the build wrote.
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

  /**
   * As candidateRulesByLine, for lines still in UTF-8 bytes (leakguard redact reads most of its input
   * without decoding it): line i ends at the "\n" at lineEnds[i], and starts after the one before.
   * The same rules come out as for the decoded lines: every byte of a non-ASCII character (and of an
   * invalid sequence, which decodes to U+FFFD) folds to NUL as the character does, and no keyword
   * holds NUL or "\n", so both lead back to the automaton's root.
   */
  candidateRulesByByteLine(bytes: Uint8Array, lineEnds: readonly number[]): Map<number, Set<number>> {
    const byLine = new Map<number, Set<number>>();
    for (const part of this.parts) part.addByteCandidates(bytes, lineEnds, byLine);
    return this.parts.length > 1 ? new Map([...byLine].sort(([a], [b]) => a - b)) : byLine;
  }
}

class PartScanner {
  private readonly table: TransitionTable;
  /** For each state where keywords of the scan's rules end, those rules (an array: a Map's lookup cost more). */
  private readonly rulesAtState: (number[] | undefined)[];

  constructor({ automaton, ruleOf }: PrefilterPart) {
    this.rulesAtState = new Array<number[] | undefined>(automaton.failure.length);
    const accepting = new Uint8Array(automaton.failure.length);
    const { accepts } = automaton;
    for (let index = 0; index < accepts.length; index += 2) {
      const rule = ruleOf[accepts[index + 1] as number] ?? -1;
      if (rule >= 0) this.accept(accepts[index] as number, rule, accepting);
    }
    this.table = new TransitionTable(automaton, accepting);
  }

  addCandidates(lines: readonly { readonly text: string }[], byLine: Map<number, Set<number>>): void {
    const { table } = this;
    const { transitions } = table;
    // A local: read through the module's exports object on every character, the table cost 40 % more.
    const fold = FOLD;
    for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
      const text = (lines[lineIndex] as { readonly text: string }).text;
      let row = 0;
      for (let index = 0; index < text.length; index++) {
        const entry = row | (fold[text.charCodeAt(index)] as number);
        row = transitions[entry] as number;
        if (row < 0) {
          row = table.arrive(entry);
          this.enter(row >> ROW_BITS, lineIndex, byLine);
        }
      }
    }
  }

  /**
   * addCandidates' loop over bytes, the whole range in one pass ("\n" returns to the root): kept as a
   * second loop, as reading a character through a callback would cost the hot loop its speed.
   */
  addByteCandidates(bytes: Uint8Array, lineEnds: readonly number[], byLine: Map<number, Set<number>>): void {
    const { table } = this;
    const { transitions } = table;
    const fold = FOLD;
    const end = lineEnds.length === 0 ? 0 : (lineEnds[lineEnds.length - 1] as number);
    let lineIndex = 0;
    let row = 0;
    for (let index = 0; index < end; index++) {
      const entry = row | (fold[bytes[index] as number] as number);
      row = transitions[entry] as number;
      if (row < 0) {
        row = table.arrive(entry);
        while ((lineEnds[lineIndex] as number) < index) lineIndex++;
        this.enter(row >> ROW_BITS, lineIndex, byLine);
      }
    }
  }

  private enter(state: number, lineIndex: number, byLine: Map<number, Set<number>>): void {
    const rules = this.rulesAtState[state];
    if (rules === undefined) return;
    const candidates = byLine.get(lineIndex) ?? new Set<number>();
    for (const rule of rules) candidates.add(rule);
    byLine.set(lineIndex, candidates);
  }

  private accept(state: number, rule: number, accepting: Uint8Array): void {
    const rules = this.rulesAtState[state];
    if (rules === undefined) this.rulesAtState[state] = [rule];
    else rules.push(rule);
    accepting[state] = 1;
  }
}
