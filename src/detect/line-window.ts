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

/**
 * canHoldSecret for a line still in UTF-8 bytes, bytes[start, end) without its "\r" (ByteLineTriage):
 * a literal's bytes are found where its characters are, and a line of ASCII is one word or not without
 * decoding it. Only a line with other characters between its first and last non-blank is decoded: one
 * of them may be a Unicode space.
 */
export function canHoldSecretInBytes(window: LineWindow | undefined, bytes: Buffer, start: number, end: number): boolean {
  if (window === undefined) return true;
  const literals = window.secretLineHolds;
  if (literals !== undefined && !literals.some((literal) => holdsInBytes(bytes, start, end, literal))) return false;
  return window.secretLineIsOneWord !== true || isOneWordInBytes(bytes, start, end);
}

/** Whether bytes[start, end) hold `literal`'s UTF-8; an ASCII literal is compared in place (a Buffer search per line cost more). */
function holdsInBytes(bytes: Buffer, start: number, end: number, literal: string): boolean {
  for (let index = 0; index < literal.length; index++) if (literal.charCodeAt(index) >= 0x80) return bytes.subarray(start, end).includes(literal);
  const first = literal.charCodeAt(0);
  next: for (let at = start; at <= end - literal.length; at++) {
    if (bytes[at] !== first) continue;
    for (let index = 1; index < literal.length; index++) if (bytes[at + index] !== literal.charCodeAt(index)) continue next;
    return true;
  }
  return false;
}

const SPACE = 0x20;
const TAB = 0x09;
const CARRIAGE_RETURN = 0x0d;

/** ONE_WORD on bytes[start, end). */
function isOneWordInBytes(bytes: Buffer, start: number, end: number): boolean {
  let first = start;
  while (first < end && (bytes[first] === SPACE || bytes[first] === TAB)) first++;
  let last = end;
  while (last > first && (bytes[last - 1] === SPACE || bytes[last - 1] === TAB)) last--;
  if (first === last) return false;
  for (let index = first; index < last; index++) {
    const byte = bytes[index] as number;
    if (byte >= 0x80) return ONE_WORD.test(bytes.toString('utf8', start, end));
    // ASCII's blanks are \t, \n, \v, \f, \r and the space.
    if (byte === SPACE || (byte >= TAB && byte <= CARRIAGE_RETURN)) return false;
  }
  return true;
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
