import type { AddedLine } from '../../model/added-line';
import type { RawMatch } from '../../model/raw-match';
import { maskLine, type Span } from '../../model/redact';
import { STDIN_NAME } from '../sources/stdin';
import type { RedactRules } from './redact-rules';

/** A line read whole: its text as the rules read it, and its "\n" or "\r\n" (nothing at the stream's end) apart. */
export interface StreamLine {
  readonly line: AddedLine;
  readonly ending: string;
}

/** The rules read a line without its "\r", as the scan's line splitter gives it; the output keeps it. */
export function streamLine(number: number, text: string, newline: string): StreamLine {
  const hasReturn = text.endsWith('\r');
  return { line: { file: STDIN_NAME, line: number, text: hasReturn ? text.slice(0, -1) : text }, ending: hasReturn ? '\r' + newline : newline };
}

/** A line not given back yet, with the spans a secret from the lines above covers on it. */
interface Waiting extends StreamLine {
  spans?: Span[];
  /** Where spans start that go on from the line above (a PEM body line): masked without a prefix. */
  continued?: Set<number>;
}

/**
 * Whole lines on their way out. Each arrival is scanned with the lines still waiting
 * (StreamSecretFinder.findSecretsSoFar), and the lines are given back, masked, up to the first one
 * where a rule reading lines below it may match before those lines have arrived (a PEM BEGIN line):
 * that one and the lines after it wait and are scanned again with the next ones. A secret over
 * several lines, reported on its first, is masked on every line it covers. The lines given back last
 * are kept as the windows' lines above.
 */
export class PendingLines {
  /** How many secrets were masked. */
  masked = 0;
  private waiting: Waiting[] = [];
  private characters = 0;
  private above: AddedLine[] = [];

  /** `maxCharacters`: past this many characters waiting, lines go out without the rest of their window. */
  constructor(
    private readonly rules: RedactRules,
    private readonly maxCharacters: number,
  ) {}

  /**
   * Adds `lines` and gives back, masked, those that no longer wait; with `isFinal`, every line: nothing
   * more will follow them (the stream ended, or a line too long to be anyone's window comes next).
   */
  add(lines: readonly StreamLine[], isFinal: boolean): string {
    for (const line of lines) {
      this.waiting.push({ line: line.line, ending: line.ending });
      this.characters += line.line.text.length;
    }
    if (this.waiting.length === 0) return '';
    const { finder, masks } = this.rules;
    const waitingLines = this.waiting.map(({ line }) => line);
    const found = isFinal || this.characters > this.maxCharacters
      ? { matches: finder.findSecrets(waitingLines, this.above), complete: waitingLines.length }
      : finder.findSecretsSoFar(waitingLines, this.above);
    const matches = found.matches.filter(masks);
    this.masked += matches.length;
    for (const match of matches) this.markSpans(match);
    return found.complete === 0 ? '' : this.release(found.complete, waitingLines);
  }

  private release(count: number, waitingLines: readonly AddedLine[]): string {
    const ready = count === this.waiting.length ? this.waiting : this.waiting.slice(0, count);
    this.waiting = count === this.waiting.length ? [] : this.waiting.slice(count);
    this.characters = this.waiting.reduce((sum, { line }) => sum + line.text.length, 0);
    this.above = lastLines(this.above, waitingLines.slice(0, count), this.rules.finder.reach.before);
    let written = '';
    for (const { line, ending, spans, continued } of ready) written += (spans === undefined ? line.text : maskLine(line.text, spans, continued)) + ending;
    return written;
  }

  /**
   * The match's secret on its own line from its start, then on the lines below as long as it goes on:
   * the window that found it joined them with "\n". The lines are consecutive, so a line's place in
   * `waiting` is its number's distance from the first one's.
   */
  private markSpans(match: RawMatch): void {
    const first = (this.waiting[0] as Waiting).line.line;
    let remaining = match.secret.length;
    let start = match.start;
    for (let index = match.line - first; remaining > 0 && index < this.waiting.length; index++) {
      const waiting = this.waiting[index] as Waiting;
      const end = Math.min(waiting.line.text.length, start + remaining);
      if (end > start) (waiting.spans ??= []).push({ start, end });
      if (end > start && index > match.line - first) (waiting.continued ??= new Set()).add(start);
      remaining -= end - start + 1;
      start = 0;
    }
  }
}

/** The last `count` of `earlier` followed by `later`. */
function lastLines<T>(earlier: readonly T[], later: readonly T[], count: number): T[] {
  if (count === 0) return [];
  if (later.length >= count) return later.slice(-count);
  return [...earlier, ...later].slice(-count);
}
