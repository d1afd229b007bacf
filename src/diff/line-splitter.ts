import type { LinePiecePlace } from '../model/added-line';

/** Splits streamed text into lines on "\n", carrying a partial last line over to the next chunk. */
export class LineSplitter {
  private partial = '';

  push(chunk: string): string[] {
    const lines = chunk.split('\n');
    // Join only the short carried-over piece: prefixing the whole chunk would copy it once more.
    lines[0] = this.partial + (lines[0] as string);
    this.partial = lines.pop() ?? '';
    return lines;
  }

  end(): string[] {
    const rest = this.partial;
    this.partial = '';
    return rest === '' ? [] : [rest];
  }
}

/**
 * Lines longer than this are cut into pieces. V8 cannot hold a string past 2^29 - 24 characters
 * (about 512 MB: a longer line ended in a RangeError), and a rule regex costs its longest match per
 * position of the text it is given, so a piece of 1 Mi characters bounds both the memory and the
 * work per line.
 */
export const MAX_LINE_LENGTH = 1 << 20;
/**
 * How much consecutive pieces share: at least the longest match any rule can make on one line
 * (20,185 characters for an escaped PEM key; custom rules at most 512), so a secret cut by one
 * piece's end is whole in the next.
 */
export const PIECE_OVERLAP = 32 * 1024;

/** A line, or a piece of a line longer than the limit (with its place). */
export interface LineText {
  readonly text: string;
  readonly piece?: LinePiecePlace;
}

/**
 * Splits streamed text into lines on "\n" as LineSplitter does, dropping a "\r" before it, and cuts a
 * line longer than `maxLength` into pieces of `maxLength` that overlap by `overlap`: the carried-over
 * part never grows past `maxLength` plus one chunk, however long the line. The limits are parameters
 * so a test can cut small lines.
 */
export class LinePieceSplitter {
  private partial = '';
  /** Where `partial` starts in its line: past 0 once pieces of the line have been handed out. */
  private column = 0;

  constructor(
    private readonly maxLength = MAX_LINE_LENGTH,
    private readonly overlap = PIECE_OVERLAP,
  ) {}

  push(chunk: string): LineText[] {
    const texts: LineText[] = [];
    const lines = chunk.split('\n');
    const last = lines.pop() as string;
    if (lines.length > 0) {
      this.finishLine(this.partial + (lines[0] as string), this.column, texts);
      for (let index = 1; index < lines.length; index++) this.finishLine(lines[index] as string, 0, texts);
      this.partial = last;
      this.column = 0;
    } else {
      this.partial += last;
    }
    this.partial = this.cutPieces(this.partial, texts);
    return texts;
  }

  end(): LineText[] {
    const texts: LineText[] = [];
    if (this.partial !== '') this.finishLine(this.partial, this.column, texts);
    this.partial = '';
    this.column = 0;
    return texts;
  }

  private finishLine(line: string, column: number, texts: LineText[]): void {
    this.column = column;
    const rest = this.cutPieces(line.endsWith('\r') ? line.slice(0, -1) : line, texts);
    texts.push(this.column === 0 ? { text: rest } : { text: rest, piece: { column: this.column, ownMatchesBefore: rest.length } });
  }

  /** Hands out full pieces from the start of `text` (starting at this.column); returns what is left. */
  private cutPieces(text: string, texts: LineText[]): string {
    let rest = text;
    const step = this.maxLength - this.overlap;
    while (rest.length > this.maxLength) {
      texts.push({ text: rest.slice(0, this.maxLength), piece: { column: this.column, ownMatchesBefore: step } });
      this.column += step;
      rest = rest.slice(step);
    }
    return rest;
  }
}
