/** Lines still in UTF-8 bytes, as read: line i ends at the "\n" at lineEnds[i] and starts after the one before it. */
export interface ByteLines {
  readonly bytes: Buffer;
  readonly lineEnds: readonly number[];
}

/** Where line `index` starts: after the "\n" before it. */
export function lineStart(lines: ByteLines, index: number): number {
  return index === 0 ? 0 : (lines.lineEnds[index - 1] as number) + 1;
}

/** Where line `index` ends as the rules read it: before its "\n", and before a "\r" there (as the scan's line splitter). */
export function textEnd(lines: ByteLines, index: number): number {
  const end = lines.lineEnds[index] as number;
  return end > lineStart(lines, index) && lines.bytes[end - 1] === 0x0d ? end - 1 : end;
}

/** Line `index` as the rules read it: decoded, without its "\r". */
export function lineText(lines: ByteLines, index: number): string {
  return lines.bytes.toString('utf8', lineStart(lines, index), textEnd(lines, index));
}
