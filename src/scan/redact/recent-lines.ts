/** Whole lines of one chunk as read: line i ends at the "\n" at lineEnds[i]; the first is line `first` of the stream. */
export interface ChunkLines {
  readonly bytes: Buffer;
  readonly lineEnds: readonly number[];
  readonly first: number;
}

/** Where line `index` of a chunk starts: after the "\n" before it. */
export function lineStart(chunk: ChunkLines, index: number): number {
  return index === 0 ? 0 : (chunk.lineEnds[index - 1] as number) + 1;
}

/** Line `index` of a chunk as the rules read it: decoded, without its "\r". */
export function lineText(chunk: ChunkLines, index: number): string {
  const end = chunk.lineEnds[index] as number;
  return chunk.bytes.toString('utf8', lineStart(chunk, index), end > 0 && chunk.bytes[end - 1] === 0x0d ? end - 1 : end);
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
