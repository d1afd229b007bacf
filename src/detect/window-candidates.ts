import type { AddedLine } from '../model/added-line';
import type { KeywordPrefilter } from './keyword-prefilter';
import type { LineReach } from './line-window';

/** For each line to scan (by index), the rules to run on it. */
export type CandidatesByLine = Map<number, Set<number>>;

/**
 * Adds the rules with a window to the lines whose window holds one of their keywords: the name that
 * gives a secret away may be lines from it (`- name: DB_PASSWORD` makes the `value:` line below a
 * candidate). Line j's window runs from j - before to j + after, so a keyword on line k puts the lines
 * from k - after to k + before in reach; keywords on neighbour lines count too. Rules without a window
 * stay where the prefilter found them, and the lines stay in order.
 */
export function addWindowCandidates(
  byLine: CandidatesByLine,
  lines: readonly AddedLine[],
  neighbours: readonly AddedLine[],
  prefilter: KeywordPrefilter,
  reaches: readonly (LineReach | undefined)[],
): CandidatesByLine {
  const added: CandidatesByLine = new Map();
  const spread = (keywordLine: AddedLine, rules: ReadonlySet<number>): void => spreadRules(keywordLine, rules, lines, reaches, added);
  for (const [index, rules] of byLine) spread(lines[index] as AddedLine, rules);
  if (neighbours.length > 0) {
    for (const [index, rules] of prefilter.candidateRulesByLine(neighbours)) spread(neighbours[index] as AddedLine, rules);
  }
  if (added.size === 0) return byLine;
  let hasNewLines = false;
  for (const [index, rules] of added) {
    const candidates = byLine.get(index);
    if (candidates === undefined) hasNewLines = true;
    byLine.set(index, candidates === undefined ? rules : new Set([...candidates, ...rules]));
  }
  return hasNewLines ? new Map([...byLine].sort(([a], [b]) => a - b)) : byLine;
}

function spreadRules(keywordLine: AddedLine, rules: ReadonlySet<number>, lines: readonly AddedLine[], reaches: readonly (LineReach | undefined)[], added: CandidatesByLine): void {
  for (const rule of rules) {
    const reach = reaches[rule];
    if (reach === undefined) continue;
    const last = keywordLine.line + reach.before;
    for (let index = firstAtOrAfter(lines, keywordLine.line - reach.after); index < lines.length && (lines[index] as AddedLine).line <= last; index++) {
      if ((lines[index] as AddedLine).file !== keywordLine.file) continue;
      const candidates = added.get(index) ?? new Set<number>();
      candidates.add(rule);
      added.set(index, candidates);
    }
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
