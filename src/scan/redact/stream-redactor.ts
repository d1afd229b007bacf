import { MAX_LINE_LENGTH, PIECE_OVERLAP } from '../../diff/line-splitter';
import { LongLine, type LineLimits } from './long-line';
import { PendingLines } from './pending-lines';
import type { RedactRules } from './redact-rules';

/** The scan's own limits (LinePieceSplitter): a line is held up to 1 Mi characters, 32 Ki stay as context. */
export const DEFAULT_LIMITS: LineLimits = { maxLineLength: MAX_LINE_LENGTH, overlap: PIECE_OVERLAP };
/** Lines waiting for their window (PendingLines) go out once they hold this much, as the scan's batches do. */
const WAITING_LINES_FACTOR = 4;

/**
 * `leakguard redact`'s engine: text in, chunk by chunk, and the same text out with every secret the
 * rules find masked as the scan's reports mask it (model/redact: maskLine). A line comes back as soon
 * as its "\n" has arrived, unless a rule reading lines below it may match there (a PEM BEGIN line):
 * then it waits for them (PendingLines). A line without "\n" is held until it ends, or until it is
 * longer than `maxLineLength`: then it comes back in parts (LongLine). Nothing is given back unscanned;
 * memory is bounded by the limits, whatever the stream holds.
 */
export class StreamRedactor {
  /** The unwritten end of the line being read: after the last "\n", past what LongLine gave back. */
  private partial = '';
  private lineNumber = 0;
  private readonly pending: PendingLines;
  private readonly long: LongLine;

  constructor(
    rules: RedactRules,
    private readonly limits: LineLimits = DEFAULT_LIMITS,
  ) {
    this.pending = new PendingLines(rules, WAITING_LINES_FACTOR * limits.maxLineLength);
    this.long = new LongLine(rules, limits);
  }

  /** How many secrets were masked so far. */
  get masked(): number {
    return this.pending.masked + this.long.masked;
  }

  /** Whether everything pushed has been given back: the next line may go out without this redactor. */
  get isIdle(): boolean {
    return this.partial === '' && !this.long.isCut && this.pending.isEmpty;
  }

  /**
   * `count` whole lines went out past this redactor (ByteRedactor: no rule could match them, or it
   * scanned them itself); `last` are the last of them as the rules read them, as many as the windows
   * of the lines after them read. Only while idle.
   */
  passOver(count: number, last: readonly string[]): void {
    this.lineNumber += count;
    this.pending.passOver(this.lineNumber, count, last);
  }

  /** What of the stream can be written now that `chunk` has arrived, masked. */
  push(chunk: string): string {
    const parts = chunk.split('\n');
    const last = parts.pop() as string;
    const written: string[] = [];
    parts.forEach((part, index) => {
      const text = index === 0 ? this.partial + part : part;
      this.lineNumber++;
      if (!this.long.isCut && text.length <= this.limits.maxLineLength) this.pending.push(this.lineNumber, text, '\n');
      else written.push(this.pending.release(true), this.finishLong(text, '\n'));
    });
    this.partial = parts.length > 0 ? last : this.partial + last;
    const isTooLong = this.partial.length > this.limits.maxLineLength;
    written.push(this.pending.release(isTooLong));
    if (isTooLong) {
      const { written: part, rest } = this.long.cutWhileLong(this.partial, this.lineNumber + 1);
      written.push(part);
      this.partial = rest;
    }
    return written.join('');
  }

  /** The rest, once the stream has ended: every line still held, the last one without "\n" as it came. */
  end(): string {
    const text = this.partial;
    this.partial = '';
    if (text === '' && !this.long.isCut) return this.pending.release(true);
    this.lineNumber++;
    if (this.long.isCut || text.length > this.limits.maxLineLength) return this.pending.release(true) + this.finishLong(text, '');
    this.pending.push(this.lineNumber, text, '');
    return this.pending.release(true);
  }

  private finishLong(text: string, newline: string): string {
    const { written, rest } = this.long.cutWhileLong(text, this.lineNumber);
    return written + this.long.finish(rest, this.lineNumber, newline);
  }
}
