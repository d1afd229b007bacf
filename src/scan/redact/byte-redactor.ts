import { isUtf8 } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';
import { QUIET, type ByteLineTriage, type SortedLines } from '../../detect/byte-line-triage';
import type { CandidatesByLine } from '../../detect/window-candidates';
import type { AddedLine } from '../../model/added-line';
import { lineStart, lineText, textEnd } from '../../model/byte-lines';
import type { RawMatch } from '../../model/raw-match';
import { maskLine, type Span } from '../../model/redact';
import { STDIN_NAME } from '../sources/stdin';
import type { LineLimits } from './long-line';
import { RecentLines, type ChunkLines } from './recent-lines';
import type { RedactRules } from './redact-rules';
import { DEFAULT_LIMITS, StreamRedactor } from './stream-redactor';

const NEWLINE = 0x0a;
const NO_CONTINUED_SPANS: ReadonlySet<number> = new Set();

/** The lines of a chunk that are not quiet, scanned together: as the rules read them, and where they are in the chunk. */
interface Batch {
  readonly lines: AddedLine[];
  readonly indexes: number[];
  readonly candidates: CandidatesByLine;
  readonly neighbours: Map<number, AddedLine>;
}

/** A chunk's whole lines, sorted. */
interface SortedChunk extends ChunkLines, SortedLines {
  /** Whether the chunk is valid UTF-8: one that is not goes through the StreamRedactor, which writes U+FFFD. */
  readonly isText: boolean;
}

/**
 * `leakguard redact` on bytes as they are read, a chunk's whole lines at a time. Most lines of a log
 * hold no rule's keyword: ByteLineTriage sorts them out without decoding them. The others are decoded
 * and scanned together, with the lines above them their windows read; each line is written as it
 * came unless a secret on it is masked. On 100 MB of CI log, decoding all the input and encoding all
 * the output had taken longer than the keyword prefilter. A line where a rule reading lines below it
 * may match (a PEM BEGIN line), and the lines after it until it is decided, go through the
 * StreamRedactor, which holds them back as long as needed; so does a line longer than the limit, which
 * it writes in parts. A line is written once its "\n" has arrived, as by the StreamRedactor alone.
 */
export class ByteRedactor {
  private readonly redactor: StreamRedactor;
  private readonly triage: ByteLineTriage;
  private readonly decoder = new StringDecoder('utf8');
  private readonly recent: RecentLines;
  private batchMasked = 0;
  /** How many whole lines have been read; of those, how many since the redactor last had one. */
  private lineCount = 0;
  private unseen = 0;
  /** The start of the line being read, before its "\n" has arrived, as it came, and its length. */
  private tail: Buffer[] = [];
  private tailLength = 0;
  /** Whether the line being read was given to the redactor already (too long to hold): the rest follows it there. */
  private isLineWithRedactor = false;
  /** The most lines above any rule's window reads; the lines given to the redactor at a time while it holds some back. */
  private readonly widestBefore: number;
  private readonly waitingStep: number;

  constructor(
    private readonly rules: RedactRules,
    private readonly limits: LineLimits = DEFAULT_LIMITS,
  ) {
    this.redactor = new StreamRedactor(rules, limits);
    this.triage = rules.finder.byteTriage();
    this.widestBefore = rules.finder.reach.before;
    this.waitingStep = rules.finder.reach.after + 1;
    this.recent = new RecentLines(this.widestBefore);
  }

  /** How many secrets were masked so far. */
  get masked(): number {
    return this.batchMasked + this.redactor.masked;
  }

  /** What of the stream can be written now that `chunk` has arrived, masked. */
  push(chunk: Buffer): Buffer {
    const written: (Buffer | string)[] = [];
    const rest = this.isLineWithRedactor ? this.finishLongLine(chunk, written) : chunk;
    const lastNewline = rest.lastIndexOf(NEWLINE);
    if (lastNewline >= 0) {
      // The line begun in earlier chunks is copied once, when its end has come.
      this.copyLines(Buffer.concat([...this.tail, rest.subarray(0, lastNewline + 1)]), written);
      this.tail = [];
      this.tailLength = 0;
    }
    this.holdTail(rest.subarray(lastNewline + 1), written);
    return joined(written);
  }

  /** The rest, once the stream has ended. */
  end(): Buffer {
    const written = [this.toRedactor(Buffer.concat(this.tail), 0), this.redactor.push(this.decoder.end())];
    this.tail = [];
    written.push(this.redactor.end());
    return joined(written);
  }

  /** Holds the start of a line, until it ends or grows past the limit: then the redactor has it. */
  private holdTail(start: Buffer, written: (Buffer | string)[]): void {
    if (start.length === 0) return;
    this.tail.push(start);
    this.tailLength += start.length;
    if (this.tailLength <= this.limits.maxLineLength) return;
    written.push(this.toRedactor(Buffer.concat(this.tail), 0));
    this.tail = [];
    this.tailLength = 0;
    this.isLineWithRedactor = true;
  }

  /** The part of the long line being read that `chunk` holds goes to the redactor; returns what follows it. */
  private finishLongLine(chunk: Buffer, written: (Buffer | string)[]): Buffer {
    const newline = chunk.indexOf(NEWLINE);
    written.push(this.toRedactor(newline < 0 ? chunk : chunk.subarray(0, newline + 1), 0));
    if (newline < 0) return chunk.subarray(chunk.length);
    this.isLineWithRedactor = false;
    this.lineCount++;
    // The StreamRedactor gives no window such a line, nor the lines before it to the lines after it.
    this.recent.clear();
    return chunk.subarray(newline + 1);
  }

  /** Whole lines, each ending in "\n": scanned together while the redactor holds nothing back, else through it. */
  private copyLines(bytes: Buffer, written: (Buffer | string)[]): void {
    const lineEnds = newlinesIn(bytes);
    const chunk: SortedChunk = { bytes, lineEnds, first: this.lineCount + 1, ...this.triage.sort(bytes, lineEnds), isText: isUtf8(bytes) };
    this.recent.add(chunk);
    let index = 0;
    while (index < lineEnds.length) {
      if (this.redactor.isIdle && chunk.isText) index = this.scanTogether(chunk, index, written);
      if (index < lineEnds.length) index = this.scanInRedactor(chunk, index, written);
    }
    this.lineCount += lineEnds.length;
  }

  /**
   * Lines from `from` on, up to the first where a rule reading lines below it may match: the lines that
   * are not quiet scanned in one go, with the lines above that their windows read. Returns where it stopped.
   */
  private scanTogether(chunk: SortedChunk, from: number, written: (Buffer | string)[]): number {
    const batch: Batch = { lines: [], indexes: [], candidates: new Map(), neighbours: new Map() };
    let index = from;
    for (; index < chunk.lineEnds.length; index++) {
      const need = chunk.needs[index] as number;
      if (need === QUIET) continue;
      const rules = chunk.candidates.get(index) as Set<number>;
      const line: AddedLine = { file: STDIN_NAME, line: chunk.first + index, text: lineText(chunk, index) };
      if (this.triage.linesBelowRead(rules, line.text) > 0) break;
      batch.candidates.set(batch.lines.length, rules);
      batch.lines.push(line);
      batch.indexes.push(index);
      this.addNeighbours(chunk, from, index, need, batch.neighbours);
    }
    const matches = batch.lines.length === 0 ? [] : this.rules.finder.findSecrets(batch.lines, [...batch.neighbours.values()], batch.candidates);
    this.writeMasked(chunk, from, index, batch, matches.filter(this.rules.masks), written);
    this.unseen += index - from;
    return index;
  }

  /** The `need` lines above line `index` that are not scanned with it, for its windows. */
  private addNeighbours(chunk: SortedChunk, from: number, index: number, need: number, neighbours: Map<number, AddedLine>): void {
    for (let above = Math.max(0, index - need); above < index; above++) {
      const number = chunk.first + above;
      if ((above >= from && chunk.needs[above] !== QUIET) || neighbours.has(number)) continue;
      neighbours.set(number, { file: STDIN_NAME, line: number, text: lineText(chunk, above) });
    }
    for (let number = chunk.first + index - need; number < chunk.first; number++) {
      const text = this.recent.text(number);
      if (text !== undefined && !neighbours.has(number)) neighbours.set(number, { file: STDIN_NAME, line: number, text });
    }
  }

  /** Lines `from` to `to` (exclusive) as they came, but for the scanned ones with a secret: those masked. */
  private writeMasked(chunk: SortedChunk, from: number, to: number, { lines, indexes }: Batch, matches: readonly RawMatch[], written: (Buffer | string)[]): void {
    const spansByLine = new Map<number, Span[]>();
    for (const match of matches) {
      this.batchMasked++;
      const spans = spansByLine.get(match.line) ?? [];
      spans.push({ start: match.start, end: match.end });
      spansByLine.set(match.line, spans);
    }
    let copied = lineStart(chunk, from);
    lines.forEach((line, position) => {
      const spans = spansByLine.get(line.line);
      if (spans === undefined) return;
      const index = indexes[position] as number;
      const end = chunk.lineEnds[index] as number;
      // The masked text, then its own line end as it came ("\n" or "\r\n").
      written.push(chunk.bytes.subarray(copied, lineStart(chunk, index)), maskLine(line.text, spans, NO_CONTINUED_SPANS), chunk.bytes.subarray(textEnd(chunk, index), end + 1));
      copied = end + 1;
    });
    if (to > from) written.push(chunk.bytes.subarray(copied, (chunk.lineEnds[to - 1] as number) + 1));
  }

  /**
   * Lines from `from` through the redactor: a line whose rules read lines below it with those lines, a
   * step's worth while the redactor holds lines back, or the rest of a chunk that is not UTF-8. Returns
   * where it stopped.
   */
  private scanInRedactor(chunk: SortedChunk, from: number, written: (Buffer | string)[]): number {
    const count = !chunk.isText
      ? chunk.lineEnds.length - from
      : this.redactor.isIdle
        ? 1 + this.triage.linesBelowRead(chunk.candidates.get(from) as Set<number>, lineText(chunk, from))
        : this.waitingStep;
    const to = Math.min(chunk.lineEnds.length, from + count);
    written.push(this.toRedactor(chunk.bytes.subarray(lineStart(chunk, from), (chunk.lineEnds[to - 1] as number) + 1), chunk.first + from));
    return to;
  }

  /** The redactor's output for `bytes`, which start line `number` (0: the line being read); it first hears of the lines it has not seen. */
  private toRedactor(bytes: Buffer, number: number): string {
    if (bytes.length === 0) return '';
    const next = number === 0 ? this.lineCount + 1 : number;
    if (this.redactor.isIdle && this.unseen > 0) this.redactor.passOver(this.unseen, this.recent.texts(next - Math.min(this.unseen, this.widestBefore), next));
    this.unseen = 0;
    return this.redactor.push(this.decoder.write(bytes));
  }
}

/** Where each "\n" of `bytes` is. */
function newlinesIn(bytes: Buffer): number[] {
  const ends: number[] = [];
  for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) ends.push(at);
  return ends;
}

function joined(parts: readonly (Buffer | string)[]): Buffer {
  return Buffer.concat(parts.filter((part) => part.length > 0).map((part) => (typeof part === 'string' ? Buffer.from(part) : part)));
}
