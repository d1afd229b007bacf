import type { AddedLine } from '../model/added-line';
import type { LineWindow } from './detector';

/** A window with both sides given. */
export type LineReach = Required<Pick<LineWindow, 'before' | 'after'>>;

export function reachOf(window: LineWindow): LineReach {
  return { before: window.before ?? 0, after: window.after ?? 0 };
}

/** One run of characters other than blanks, between optional blanks (LineWindow.secretLineIsOneWord). */
const ONE_WORD = /^[ \t]*\S+[ \t]*$/;

/** Whether `text` can be the line of a secret of a rule with this window (LineWindow.secretLineHolds, secretLineIsOneWord). */
export function canHoldSecret(window: LineWindow | undefined, text: string): boolean {
  if (window === undefined) return true;
  const literals = window.secretLineHolds;
  if (literals !== undefined && !literals.some((literal) => text.includes(literal))) return false;
  return window.secretLineIsOneWord !== true || ONE_WORD.test(text);
}

/** A window's lines joined with "\n", and where its own line starts in that text. */
export interface WindowText {
  readonly text: string;
  readonly lineStart: number;
}

/**
 * Builds the window around a line being scanned (see LineWindow). A neighbour is looked up by its
 * line number, first among the lines being scanned (they are one file's, in order), then among the
 * neighbour lines the caller passed: the ends of the batches around, unchanged lines where a source
 * has them.
 */
export class LineWindows {
  private neighbourByPlace: Map<string, AddedLine> | undefined;

  constructor(
    private readonly lines: readonly AddedLine[],
    private readonly neighbours: readonly AddedLine[],
  ) {}

  around(index: number, reach: LineReach): WindowText {
    const line = this.lines[index] as AddedLine;
    if (line.piece !== undefined) return { text: line.text, lineStart: 0 };
    const before = this.walk(index, reach.before, -1).reverse();
    const after = this.walk(index, reach.after, 1);
    const lineStart = before.reduce((length, text) => length + text.length + 1, 0);
    return { text: [...before, line.text, ...after].join('\n'), lineStart };
  }

  /** The texts of up to `count` contiguous lines next to lines[index], nearest first, going `step`. */
  private walk(index: number, count: number, step: 1 | -1): string[] {
    const anchor = this.lines[index] as AddedLine;
    const texts: string[] = [];
    let cursor = index + step;
    for (let distance = 1; distance <= count; distance++) {
      const wanted = anchor.line + step * distance;
      while (this.isShortOf(cursor, wanted, step)) cursor += step;
      const scanned = this.lines[cursor];
      const isScanned = scanned !== undefined && scanned.line === wanted && scanned.file === anchor.file;
      const neighbour = isScanned ? scanned : this.neighbourAt(anchor.file, wanted);
      if (neighbour === undefined || neighbour.piece !== undefined) break;
      texts.push(neighbour.text);
    }
    return texts;
  }

  /** Whether lines[cursor] still lies between the anchor and line `wanted` (pieces share one number). */
  private isShortOf(cursor: number, wanted: number, step: 1 | -1): boolean {
    const line = this.lines[cursor];
    if (line === undefined) return false;
    return step > 0 ? line.line < wanted : line.line > wanted;
  }

  private neighbourAt(file: string, line: number): AddedLine | undefined {
    if (this.neighbours.length === 0) return undefined;
    this.neighbourByPlace ??= new Map(this.neighbours.map((neighbour) => [placeKey(neighbour.file, neighbour.line), neighbour]));
    return this.neighbourByPlace.get(placeKey(file, line));
  }
}

const placeKey = (file: string, line: number): string => `${line}\0${file}`;
