import { createChunkDecoder, type TextEncoding } from './chunk-decoder';

/** What a blob is read as: text in one of those encodings, or a binary read as printable runs. */
export type BlobKind = TextEncoding | 'binary';

/** Byte order marks (Unicode 15, §23.8): UTF-32LE's starts like UTF-16LE's, so it is tried first. */
const BYTE_ORDER_MARKS: readonly (readonly [TextEncoding, readonly number[]])[] = [
  ['utf-32le', [0xff, 0xfe, 0x00, 0x00]],
  ['utf-32be', [0x00, 0x00, 0xfe, 0xff]],
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

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
