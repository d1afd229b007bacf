import type { AddedLine } from '../model/added-line';
import type { KeywordPrefilter } from './keyword-prefilter';
import type { LineWindow } from './detector';
import { canHoldSecret } from './line-window';

/** For each line to scan (by index), the rules to run on it. */
export type CandidatesByLine = Map<number, Set<number>>;

/**
 * Adds the rules with a window to the lines whose window holds one of their keywords above them: the
 * name that gives a secret away may be lines before it (`- name: DB_PASSWORD` makes the `value:` line
 * below a candidate). A keyword on line k puts the lines from k to k + before in reach; keywords on
 * neighbour lines above the last line count too. Lines after a secret's line are never searched for
 * keywords (Detector.keywords): the lookahead a scan passes is not read twice. Rules without a
 * window stay where the prefilter found them, and the lines stay in order.
 */
export class WindowCandidates {
  /** The rules whose window holds lines above their line: only they spread. */
  private readonly spreading: readonly Spreading[];
  /** The most lines any rule's window holds above its line: how far up neighbours can matter. */
  private readonly widestBefore: number;

  constructor(
    private readonly prefilter: KeywordPrefilter,
    windows: readonly (LineWindow | undefined)[],
  ) {
    this.spreading = spreadingRules(windows);
    this.widestBefore = Math.max(0, ...this.spreading.map(({ before }) => before));
  }

  /** `byLine` with the window candidates added (the same map when no new line joins it). */
  add(byLine: CandidatesByLine, lines: readonly AddedLine[], neighbours: readonly AddedLine[]): CandidatesByLine {
    if (this.spreading.length === 0) return byLine;
    const added: CandidatesByLine = new Map();
    const spread = (keywordLine: AddedLine, rules: ReadonlySet<number>): void => {
      for (const spreading of this.spreading) if (rules.has(spreading.rule)) spreadRule(keywordLine, spreading, lines, added);
    };
    for (const [index, rules] of byLine) spread(lines[index] as AddedLine, rules);
    const above = this.neighboursAbove(lines, neighbours);
    for (const [index, rules] of this.prefilter.candidateRulesByLine(above)) spread(above[index] as AddedLine, rules);
    if (added.size === 0) return byLine;
    let hasNewLines = false;
    for (const [index, rules] of added) {
      const candidates = byLine.get(index);
      if (candidates === undefined) hasNewLines = true;
      byLine.set(index, candidates === undefined ? rules : new Set([...candidates, ...rules]));
    }
    return hasNewLines ? new Map([...byLine].sort(([a], [b]) => a - b)) : byLine;
  }

  /** The neighbours whose keywords can reach a line of `lines`: from widestBefore lines above the first to the last. */
  private neighboursAbove(lines: readonly AddedLine[], neighbours: readonly AddedLine[]): AddedLine[] {
    const first = lines[0];
    const last = lines[lines.length - 1];
    if (first === undefined || last === undefined || neighbours.length === 0 || this.widestBefore === 0) return [];
    return neighbours.filter((neighbour) => neighbour.line >= first.line - this.widestBefore && neighbour.line < last.line);
  }
}

/** A rule whose window reaches `before` lines above its line. */
export interface Spreading {
  readonly rule: number;
  readonly before: number;
  readonly window: LineWindow;
}

/** The rules (by index in `windows`) whose keywords make lines below theirs candidates. */
export function spreadingRules(windows: readonly (LineWindow | undefined)[]): Spreading[] {
  return windows.flatMap((window, rule) => (window !== undefined && (window.before ?? 0) > 0 ? [{ rule, before: window.before ?? 0, window }] : []));
}

/**
 * Makes the rule a candidate on the lines of `lines` up to `before` lines below `keywordLine` that
 * can hold its secret (LineWindow.secretLineHolds): a line that cannot is not even added.
 */
function spreadRule(keywordLine: AddedLine, { rule, before, window }: Spreading, lines: readonly AddedLine[], added: CandidatesByLine): void {
  const last = keywordLine.line + before;
  for (let index = firstAtOrAfter(lines, keywordLine.line + 1); index < lines.length && (lines[index] as AddedLine).line <= last; index++) {
    const line = lines[index] as AddedLine;
    if (line.file !== keywordLine.file || !canHoldSecret(window, line.text)) continue;
    const candidates = added.get(index) ?? new Set<number>();
    candidates.add(rule);
    added.set(index, candidates);
  }
}

/** The index of the first line numbered `line` or later: the lines are one file's, in order. */
function firstAtOrAfter(lines: readonly AddedLine[], line: number): number {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((lines[middle] as AddedLine).line < line) low = middle + 1;
    else high = middle;
  }
  return low;
}
