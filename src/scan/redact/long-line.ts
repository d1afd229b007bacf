import type { RawMatch } from '../../model/raw-match';
import { maskLine, type Span } from '../../model/redact';
import { STDIN_NAME } from '../sources/stdin';
import type { RedactRules } from './redact-rules';

/** How long a line may grow before part of it is written, and how much of it stays behind as context. */
export interface LineLimits {
  readonly maxLineLength: number;
  /** More than the longest match any rule makes on one line (PIECE_OVERLAP). */
  readonly overlap: number;
}

/**
 * A line longer than `maxLineLength`, given back in parts while it still arrives: memory stays bounded
 * whatever a line holds. Each part is scanned with the `overlap` characters before it that were given
 * back already (context: the `password=` before a value) and is given back up to `overlap` characters
 * before the text's end, so a secret that starts before the cut is whole in the text scanned; when
 * the cut would split one, the cut moves to its end and the secret goes out whole, masked. A secret
 * that a later part's context shows going on from before its start is masked from there, without a
 * prefix. The parts are scanned as pieces of a line (AddedLine.piece): no rule's window reads lines
 * around them.
 */
export class LongLine {
  /** How many secrets were masked. */
  masked = 0;
  /** The end of what was given back, up to `overlap` characters: the next part's context. */
  private context = '';
  /** Where `context` starts in the line. */
  private column = 0;
  private started = false;

  constructor(
    private readonly rules: RedactRules,
    private readonly limits: LineLimits,
  ) {}

  /** Whether part of the current line was given back: the rest of it must follow it here. */
  get isCut(): boolean {
    return this.started;
  }

  /** Gives back all of `unwritten` it can, while it is longer than the limit; returns the rest to hold. */
  cutWhileLong(unwritten: string, lineNumber: number): { written: string; rest: string } {
    const written: string[] = [];
    let rest = unwritten;
    while (rest.length > this.limits.maxLineLength) {
      const text = this.context + rest;
      const matches = this.matchesIn(text, lineNumber);
      const cut = cutOutside(matches, text.length - this.limits.overlap);
      written.push(this.maskPart(text, cut, matches));
      const kept = Math.max(0, cut - this.limits.overlap);
      this.column += kept;
      this.context = text.slice(kept, cut);
      this.started = true;
      rest = text.slice(cut);
    }
    return { written: written.join(''), rest };
  }

  /** Gives back the line's last part and its `newline` ("" at the stream's end); the next line starts afresh. */
  finish(unwritten: string, lineNumber: number, newline: string): string {
    const hasReturn = unwritten.endsWith('\r');
    const text = this.context + (hasReturn ? unwritten.slice(0, -1) : unwritten);
    const written = this.maskPart(text, text.length, this.matchesIn(text, lineNumber));
    this.context = '';
    this.column = 0;
    this.started = false;
    return written + (hasReturn ? '\r' : '') + newline;
  }

  private matchesIn(text: string, lineNumber: number): RawMatch[] {
    const piece = { column: this.column, ownMatchesBefore: text.length };
    return this.rules.finder.findSecrets([{ file: STDIN_NAME, line: lineNumber, text, piece }]).filter(this.rules.masks);
  }

  /** `text` from the end of the context up to `cut`, every match in it masked. */
  private maskPart(text: string, cut: number, matches: readonly RawMatch[]): string {
    const from = this.context.length;
    const spans: Span[] = [];
    const continued = new Set<number>();
    for (const match of matches) {
      if (match.end <= from || match.start >= cut) continue;
      this.masked++;
      spans.push({ start: Math.max(match.start, from) - from, end: Math.min(match.end, cut) - from });
      if (match.start < from) continued.add(0);
    }
    return maskLine(text.slice(from, cut), spans, continued);
  }
}

/** `cut`, moved past the end of every match it would split (matches come sorted by their start). */
function cutOutside(matches: readonly RawMatch[], cut: number): number {
  let moved = cut;
  for (const match of matches) if (match.start < moved && match.end > moved) moved = match.end;
  return moved;
}
