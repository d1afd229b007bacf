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
