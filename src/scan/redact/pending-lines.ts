import type { AddedLine } from '../../model/added-line';
import type { RawMatch } from '../../model/raw-match';
import { maskLine, type Span } from '../../model/redact';
import { STDIN_NAME } from '../sources/stdin';
import type { RedactRules } from './redact-rules';

/** The spans a line's secrets cover, its own and those going on from the lines above. */
interface LineSpans {
  readonly spans: Span[];
  /** Where spans start that go on from the line above (a PEM body line): masked without a prefix. */
  readonly continued: Set<number>;
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
  /** The lines waiting, as the rules read them (without "\r"), and their ends ("\n", "\r\n", or "" at the stream's end). */
  private lines: AddedLine[] = [];
  private endings: string[] = [];
  /** By line number: what to mask on lines that hold a secret. */
  private readonly spans = new Map<number, LineSpans>();
  private characters = 0;
  private above: AddedLine[] = [];

  /** `maxCharacters`: past this many characters waiting, lines go out without the rest of their window. */
  constructor(
    private readonly rules: RedactRules,
    private readonly maxCharacters: number,
  ) {}

  /** Whether no line waits. */
  get isEmpty(): boolean {
    return this.lines.length === 0;
  }

  /**
   * Lines up to `lastNumber` went out as they came, `count` of them, unscanned (ByteRedactor: no rule
   * could match them, or they were scanned elsewhere); `last` are the last of them as the rules read
   * them, as many as the next lines' windows read. Only while no line waits.
   */
  passOver(lastNumber: number, count: number, last: readonly string[]): void {
    const first = lastNumber - last.length + 1;
    const passed = last.map((text, index): AddedLine => ({ file: STDIN_NAME, line: first + index, text }));
    // Lines above those are too far from what comes next, or not next to it.
    this.above = lastLines(count > last.length ? [] : this.above, passed, this.rules.finder.reach.before);
  }

  /** Adds line `number`; `text` ends before the "\n" (which is `newline`, "" at the stream's end). */
  push(number: number, text: string, newline: string): void {
    // The rules read a line without its "\r", as the scan's line splitter gives it; the output keeps it.
    const hasReturn = text.endsWith('\r');
    this.lines.push({ file: STDIN_NAME, line: number, text: hasReturn ? text.slice(0, -1) : text });
    this.endings.push(hasReturn ? '\r' + newline : newline);
    this.characters += text.length;
  }

  /**
   * Gives back, masked, the lines that no longer wait; with `isFinal`, every line: nothing more will
   * follow them (the stream ended, or a line too long to be anyone's window comes next).
   */
  release(isFinal: boolean): string {
    if (this.lines.length === 0) return '';
    const { finder, masks } = this.rules;
    const found = isFinal || this.characters > this.maxCharacters
      ? { matches: finder.findSecrets(this.lines, this.above), complete: this.lines.length }
      : finder.findSecretsSoFar(this.lines, this.above);
    for (const match of found.matches) {
      if (!masks(match)) continue;
      this.masked++;
      this.markSpans(match);
    }
    return found.complete === 0 ? '' : this.giveBack(found.complete);
  }

  private giveBack(count: number): string {
    const ready = this.lines.splice(0, count);
    const endings = this.endings.splice(0, count);
    this.characters = this.lines.reduce((sum, line) => sum + line.text.length, 0);
    this.above = lastLines(this.above, ready, this.rules.finder.reach.before);
    let written = '';
    for (let index = 0; index < ready.length; index++) {
      const line = ready[index] as AddedLine;
      const marked = this.spans.size === 0 ? undefined : this.spans.get(line.line);
      if (marked !== undefined) this.spans.delete(line.line);
      written += (marked === undefined ? line.text : maskLine(line.text, marked.spans, marked.continued)) + (endings[index] as string);
    }
    return written;
  }

  /**
   * The match's secret on its own line from its start, then on the lines below as long as it goes on:
   * the window that found it joined them with "\n". The lines are consecutive, so a line's place in
   * `lines` is its number's distance from the first one's.
   */
  private markSpans(match: RawMatch): void {
    const first = (this.lines[0] as AddedLine).line;
    let remaining = match.secret.length;
    let start = match.start;
    for (let index = match.line - first; remaining > 0 && index < this.lines.length; index++) {
      const line = this.lines[index] as AddedLine;
      const end = Math.min(line.text.length, start + remaining);
      if (end > start) this.markSpan(line.line, { start, end }, index > match.line - first);
      remaining -= end - start + 1;
      start = 0;
    }
  }

  private markSpan(lineNumber: number, span: Span, isContinued: boolean): void {
    let marked = this.spans.get(lineNumber);
    if (marked === undefined) this.spans.set(lineNumber, (marked = { spans: [], continued: new Set() }));
    marked.spans.push(span);
    if (isContinued) marked.continued.add(span.start);
  }
}

/** The last `count` of `earlier` followed by `later`. */
function lastLines<T>(earlier: readonly T[], later: readonly T[], count: number): T[] {
  if (count === 0) return [];
  if (later.length >= count) return later.slice(-count);
  return [...earlier, ...later].slice(-count);
}
