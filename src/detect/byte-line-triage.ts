import { lineStart, textEnd, type ByteLines } from '../model/byte-lines';
import type { LineWindow } from './detector';
import type { KeywordPrefilter } from './keyword-prefilter';
import { canHoldSecret, canHoldSecretInBytes } from './line-window';
import { spreadingRules, type CandidatesByLine, type Spreading } from './window-candidates';

/** A line no rule may match: it can go out as it came, unread. */
export const QUIET = -1;

/** A run of lines, sorted. */
export interface SortedLines {
  /** For each line, QUIET, or how many lines above it the rules that may match on it read. */
  readonly needs: Int32Array;
  /** The rules to run on each line that is not quiet, as the prefilter and WindowCandidates give them (not in line order). */
  readonly candidates: CandidatesByLine;
}

/** One call's lines while they are sorted. */
interface Sorting extends ByteLines {
  readonly needs: Int32Array;
  /** The rules lines are candidates for because of keywords above them, kept apart: only a line's own keywords spread. */
  readonly spread: CandidatesByLine;
}

/**
 * Sorts lines still in UTF-8 bytes into those no rule may match and the others, without decoding them,
 * for a stream that writes the first kind as it read them (leakguard redact: in a CI log most lines
 * are). A line is quiet when it holds none of the rules' keywords and no keyword above it puts it in
 * the reach of a rule whose window reads lines above (WindowCandidates, whose spread this follows, so
 * it never finds fewer candidates than the scan). For any other line it says how many lines above it
 * the rules that may run there read: those the scan must be shown before it. The work is per line
 * with a keyword, and per line in a keyword's reach; the other lines cost the prefilter's pass alone.
 * A stream's lines come in order, call after call: a keyword near the end of one call reaches into the next.
 */
export class ByteLineTriage {
  private readonly spreading: readonly Spreading[];
  /** A rule's position in `spreading`, or -1. */
  private readonly spreadingPosition: Int32Array;
  /** For each spreading rule, how many lines of the next call its last keyword reaches. */
  private readonly carried: Int32Array;
  /** For each spreading rule, the last line of this call its keywords reach, and the last one checked for it. */
  private readonly reachEnd: Int32Array;
  private readonly checkedUntil: Int32Array;
  private readonly before: readonly number[];
  private readonly after: readonly number[];

  constructor(
    private readonly prefilter: KeywordPrefilter,
    private readonly windows: readonly (LineWindow | undefined)[],
  ) {
    this.spreading = spreadingRules(windows);
    this.spreadingPosition = new Int32Array(windows.length).fill(-1);
    this.spreading.forEach(({ rule }, position) => (this.spreadingPosition[rule] = position));
    this.carried = new Int32Array(this.spreading.length);
    this.reachEnd = new Int32Array(this.spreading.length);
    this.checkedUntil = new Int32Array(this.spreading.length);
    this.before = windows.map((window) => window?.before ?? 0);
    this.after = windows.map((window) => window?.after ?? 0);
  }

  /** The lines of `bytes`, sorted: line i ends at the "\n" at lineEnds[i] and starts after the one before. */
  sort(bytes: Buffer, lineEnds: readonly number[]): SortedLines {
    const candidates = this.prefilter.candidateRulesByByteLine(bytes, lineEnds);
    const sorting: Sorting = { bytes, lineEnds, needs: new Int32Array(lineEnds.length).fill(QUIET), spread: new Map() };
    this.spreading.forEach((_, position) => {
      this.checkedUntil[position] = -1;
      this.reachEnd[position] = -1;
      this.spreadBelow(sorting, position, -1, this.carried[position] as number);
    });
    // In line order: a keyword's reach is checked from the line after the last one checked for its rule.
    for (const [index, rules] of candidates) {
      let need = 0;
      for (const rule of rules) {
        need = Math.max(need, this.before[rule] as number);
        const position = this.spreadingPosition[rule] as number;
        if (position >= 0) this.spreadBelow(sorting, position, index, this.before[rule] as number);
      }
      sorting.needs[index] = Math.max(sorting.needs[index] as number, need);
    }
    this.spreading.forEach((_, position) => (this.carried[position] = Math.max(0, (this.reachEnd[position] as number) - (lineEnds.length - 1))));
    for (const [index, rules] of sorting.spread) candidates.set(index, new Set([...(candidates.get(index) ?? []), ...rules]));
    return { needs: sorting.needs, candidates };
  }

  /** How many lines below it the rules of `rules` that may match on a line of `text` read (a PEM BEGIN line's block): they must come first. */
  linesBelowRead(rules: ReadonlySet<number>, text: string): number {
    let below = 0;
    for (const rule of rules) if ((this.after[rule] as number) > below && canHoldSecret(this.windows[rule], text)) below = this.after[rule] as number;
    return below;
  }

  /** The lines of the call up to `count` below line `keyword` (-1: before the first) that can hold the spreading rule's secret become its candidates. */
  private spreadBelow(sorting: Sorting, position: number, keyword: number, count: number): void {
    const { rule, before, window } = this.spreading[position] as Spreading;
    const last = Math.min(sorting.lineEnds.length - 1, keyword + count);
    this.reachEnd[position] = Math.max(this.reachEnd[position] as number, keyword + count);
    for (let index = Math.max(keyword + 1, (this.checkedUntil[position] as number) + 1); index <= last; index++) {
      if (!canHoldSecretInBytes(window, sorting.bytes, lineStart(sorting, index), textEnd(sorting, index))) continue;
      sorting.needs[index] = Math.max(sorting.needs[index] as number, before);
      const rules = sorting.spread.get(index) ?? new Set<number>();
      sorting.spread.set(index, rules.add(rule));
    }
    this.checkedUntil[position] = Math.max(this.checkedUntil[position] as number, last);
  }
}
