/**
 * The lines of a file's old version, counted, so that only what a new version adds is scanned: a line
 * of the new version is new when no copy of it is left in the old one (multiset difference by text).
 * One hash-map look-up a line: linear in both versions, whatever moved where.
 */
export class LineMultiset {
  private readonly counts = new Map<string, number>();

  add(text: string): void {
    this.counts.set(text, (this.counts.get(text) ?? 0) + 1);
  }

  /** Takes one copy of `text` when the old version still has one; false means the line is new. */
  take(text: string): boolean {
    const count = this.counts.get(text);
    if (count === undefined) return false;
    if (count === 1) this.counts.delete(text);
    else this.counts.set(text, count - 1);
    return true;
  }
}
