import { lineText, type ByteLines } from '../../model/byte-lines';

/** Whole lines of one chunk as read; the first is line `first` of the stream. */
export interface ChunkLines extends ByteLines {
  readonly first: number;
}

/**
 * The last lines of a stream read as bytes, kept undecoded, so that the windows of the lines after them
 * (LineWindow `before`) can read them: most are never asked for. At least `count` lines, in whole
 * chunks; a line too long to hold (given to the StreamRedactor in parts) ends what windows read.
 */
export class RecentLines {
  private chunks: ChunkLines[] = [];

  constructor(private readonly count: number) {}

  add(chunk: ChunkLines): void {
    if (this.count === 0 || chunk.lineEnds.length === 0) return;
    this.chunks.push(chunk);
    const last = chunk.first + chunk.lineEnds.length - 1;
    while (this.chunks.length > 1 && (this.chunks[1] as ChunkLines).first <= last - this.count + 1) this.chunks.shift();
  }

  /** After a line no window reads: the lines before it are no one's neighbours. */
  clear(): void {
    this.chunks = [];
  }

  /** Line `number` as the rules read it, if it is held. */
  text(number: number): string | undefined {
    for (let index = this.chunks.length - 1; index >= 0; index--) {
      const chunk = this.chunks[index] as ChunkLines;
      if (number >= chunk.first) return number < chunk.first + chunk.lineEnds.length ? lineText(chunk, number - chunk.first) : undefined;
    }
    return undefined;
  }

  /** The lines held from `from` up to `to` (exclusive), in order, as the rules read them. */
  texts(from: number, to: number): string[] {
    const texts: string[] = [];
    for (let number = Math.max(1, from); number < to; number++) {
      const text = this.text(number);
      if (text !== undefined) texts.push(text);
    }
    return texts;
  }
}
