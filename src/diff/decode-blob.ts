import type { PrintableRunPlace } from '../model/added-line';
import { LineSplitter } from './line-splitter';
import { PrintableRunFinder, type PrintableRun } from './printable-runs';

/** Text encodings a blob is read in; anything else is binary and read as printable runs. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';
export type BlobKind = TextEncoding | 'binary';

/** As much as git looks at to call a file binary (xdiff's buffer_is_binary: a NUL in the first 8000 bytes). */
export const PROBE_BYTES = 8000;

/** Byte order marks (Unicode 15, §23.8): UTF-32LE's starts like UTF-16LE's, so it is tried first. */
const BYTE_ORDER_MARKS: readonly (readonly [TextEncoding, readonly number[]])[] = [
  ['utf-32le', [0xff, 0xfe, 0x00, 0x00]],
  ['utf-32be', [0x00, 0x00, 0xfe, 0xff]],
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/** One line of a blob as the scan reads it: a line of text, or a printable run of a binary. */
export interface BlobLine {
  /** 1-based: the line's number in the blob, or the run's number among the blob's runs. */
  readonly line: number;
  readonly text: string;
  readonly run?: PrintableRunPlace;
}

/**
 * What the first bytes of a blob say it is. A byte order mark decides; without one, a blob with no NUL
 * is UTF-8 (git's own test). A NUL is what UTF-16 and UTF-32 text look like to git: ASCII characters
 * with zero high bytes (PowerShell's `>` writes UTF-16LE with a BOM; `Out-File -Encoding unicode`
 * without one on some versions). The encoding whose zero bytes fall where its high bytes are, and
 * whose decoding reads as text (no U+0000, no invalid sequence, hardly any control characters), wins;
 * if none does, the blob is binary.
 */
export function detectBlobKind(probe: Uint8Array): { readonly kind: BlobKind; readonly bomLength: number } {
  for (const [encoding, mark] of BYTE_ORDER_MARKS) {
    if (mark.every((byte, index) => probe[index] === byte)) return { kind: encoding, bomLength: mark.length };
  }
  if (!probe.includes(0)) return { kind: 'utf-8', bomLength: 0 };
  return { kind: guessByNulPattern(probe), bomLength: 0 };
}

function guessByNulPattern(probe: Uint8Array): BlobKind {
  if (hasUtf32Shape(probe, 3) && readsAsText(probe, 'utf-32le')) return 'utf-32le';
  if (hasUtf32Shape(probe, 0) && readsAsText(probe, 'utf-32be')) return 'utf-32be';
  let zerosAtOdd = 0;
  let zerosAtEven = 0;
  for (let index = 0; index < probe.length; index++) {
    if (probe[index] !== 0) continue;
    if (index % 2 === 1) zerosAtOdd++;
    else zerosAtEven++;
  }
  const [encoding, highZeros] = zerosAtOdd >= zerosAtEven ? (['utf-16le', zerosAtOdd] as const) : (['utf-16be', zerosAtEven] as const);
  return highZeros >= (probe.length / 2) * MIN_ZERO_HIGH_BYTE_SHARE && readsAsText(probe, encoding) ? encoding : 'binary';
}

/** Code points stop at U+10FFFF: every UTF-32 unit's top byte is zero. Checked before decoding anything. */
function hasUtf32Shape(probe: Uint8Array, topByte: 0 | 3): boolean {
  for (let offset = topByte; offset < probe.length; offset += 4) if (probe[offset] !== 0) return false;
  return probe.length >= 4;
}

/**
 * UTF-16 text that git calls binary is mostly ASCII (source, config, logs, PowerShell output), whose
 * high bytes are zero. A few stray NULs in other data do not make it UTF-16; UTF-16 text with
 * few ASCII characters is read as a binary, whose UTF-16LE runs still show any ASCII token in it.
 */
const MIN_ZERO_HIGH_BYTE_SHARE = 0.3;

/** At most one control character in a hundred: text has tabs and newlines, binary data has the rest. */
const MAX_CONTROL_SHARE = 0.01;
const CONTROL = /[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]/g;

function readsAsText(probe: Uint8Array, encoding: TextEncoding): boolean {
  // The probe may end inside a character: write() keeps that part back instead of decoding it.
  const text = createChunkDecoder(encoding).write(probe);
  if (text.length === 0 || text.includes('\u0000') || text.includes('\ufffd')) return false;
  return (text.match(CONTROL)?.length ?? 0) <= text.length * MAX_CONTROL_SHARE;
}

/** Decodes a byte stream chunk by chunk; a character split between chunks is completed by the next. */
export interface ChunkDecoder {
  write(bytes: Uint8Array): string;
  end(): string;
}

export function createChunkDecoder(encoding: TextEncoding): ChunkDecoder {
  switch (encoding) {
    case 'utf-8':
    case 'utf-16le':
      return webDecoder(encoding);
    case 'utf-16be':
      return byteSwapped(webDecoder('utf-16le'));
    case 'utf-32le':
    case 'utf-32be':
      return new Utf32Decoder(encoding === 'utf-32le');
  }
}

/** WHATWG TextDecoder (Node's built-in): invalid sequences become U+FFFD; the BOM was already skipped. */
function webDecoder(label: 'utf-8' | 'utf-16le'): ChunkDecoder {
  const decoder = new TextDecoder(label, { ignoreBOM: true });
  return { write: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode() };
}

/** UTF-16BE as UTF-16LE with each pair of bytes swapped; an odd last byte waits for its partner. */
function byteSwapped(inner: ChunkDecoder): ChunkDecoder {
  let carry: number | undefined;
  return {
    write(bytes) {
      const all = carry === undefined ? bytes : prepend(carry, bytes);
      const even = all.length - (all.length % 2);
      carry = even < all.length ? all[even] : undefined;
      const swapped = new Uint8Array(even);
      for (let index = 0; index < even; index += 2) {
        swapped[index] = all[index + 1] as number;
        swapped[index + 1] = all[index] as number;
      }
      return inner.write(swapped);
    },
    end: () => (carry === undefined ? '' : '\ufffd') + inner.end(),
  };
}

/** UTF-32 (no WHATWG decoder reads it): four bytes a code point; an invalid one becomes U+FFFD. */
class Utf32Decoder implements ChunkDecoder {
  private carry = new Uint8Array(0);

  constructor(private readonly isLittleEndian: boolean) {}

  write(bytes: Uint8Array): string {
    const all = this.carry.length === 0 ? bytes : concatBytes(this.carry, bytes);
    const whole = all.length - (all.length % 4);
    this.carry = all.slice(whole);
    const view = new DataView(all.buffer, all.byteOffset, whole);
    const characters: string[] = [];
    for (let offset = 0; offset < whole; offset += 4) characters.push(codePointText(view.getUint32(offset, this.isLittleEndian)));
    return characters.join('');
  }

  end(): string {
    return this.carry.length === 0 ? '' : '\ufffd';
  }
}

function codePointText(codePoint: number): string {
  const isValid = codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
  return isValid ? String.fromCodePoint(codePoint) : '\ufffd';
}

/**
 * A blob's bytes, chunk by chunk, to the lines the scan reads: lines of text in the encoding the first
 * PROBE_BYTES show, or a binary's printable runs. Lines are numbered as they are in the blob.
 */
export class BlobLineReader {
  private probe: Uint8Array[] = [];
  private probeLength = 0;
  private sink: LineSink | undefined;

  /** What the blob turned out to be; known once PROBE_BYTES have arrived, or at the end. */
  get kind(): BlobKind | undefined {
    return this.sink?.kind;
  }

  write(bytes: Uint8Array): BlobLine[] {
    if (this.sink !== undefined) return this.sink.write(bytes);
    this.probe.push(bytes);
    this.probeLength += bytes.length;
    return this.probeLength >= PROBE_BYTES ? this.start() : [];
  }

  end(): BlobLine[] {
    const first = this.sink === undefined ? this.start() : [];
    return [...first, ...(this.sink as LineSink).end()];
  }

  private start(): BlobLine[] {
    const probe = concatBytes(...this.probe);
    this.probe = [];
    const { kind, bomLength } = detectBlobKind(probe);
    this.sink = kind === 'binary' ? new RunSink() : new TextSink(kind);
    return this.sink.write(probe.subarray(bomLength));
  }
}

interface LineSink {
  readonly kind: BlobKind;
  write(bytes: Uint8Array): BlobLine[];
  end(): BlobLine[];
}

/** Lines split on "\n", a "\r" before it dropped, as the diff parser does. */
class TextSink implements LineSink {
  private readonly decoder: ChunkDecoder;
  private readonly splitter = new LineSplitter();
  private lineNumber = 0;

  constructor(readonly kind: TextEncoding) {
    this.decoder = createChunkDecoder(kind);
  }

  write(bytes: Uint8Array): BlobLine[] {
    return this.numbered(this.splitter.push(this.decoder.write(bytes)));
  }

  end(): BlobLine[] {
    return this.numbered([...this.splitter.push(this.decoder.end()), ...this.splitter.end()]);
  }

  private numbered(texts: readonly string[]): BlobLine[] {
    return texts.map((text) => ({ line: ++this.lineNumber, text: text.endsWith('\r') ? text.slice(0, -1) : text }));
  }
}

class RunSink implements LineSink {
  readonly kind = 'binary';
  private readonly finder = new PrintableRunFinder();
  private runNumber = 0;

  write(bytes: Uint8Array): BlobLine[] {
    return this.numbered(this.finder.write(bytes));
  }

  end(): BlobLine[] {
    return this.numbered(this.finder.end());
  }

  private numbered(runs: readonly PrintableRun[]): BlobLine[] {
    return runs.map(({ text, byteOffset, encoding }) => ({ line: ++this.runNumber, text, run: { byteOffset, encoding } }));
  }
}

function prepend(byte: number, bytes: Uint8Array): Uint8Array {
  const all = new Uint8Array(bytes.length + 1);
  all[0] = byte;
  all.set(bytes, 1);
  return all;
}

function concatBytes(...parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  return all;
}
