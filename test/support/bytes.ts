/** Byte fixtures for files git will not diff as text, built at run time like every fixture. */

export const utf16le = (text: string): Buffer => Buffer.from(text, 'utf16le');
export const utf16be = (text: string): Buffer => utf16le(text).swap16();

export function utf32(text: string, isLittleEndian: boolean): Buffer {
  const codePoints = [...text].map((character) => character.codePointAt(0) as number);
  const bytes = Buffer.alloc(codePoints.length * 4);
  codePoints.forEach((codePoint, index) => (isLittleEndian ? bytes.writeUInt32LE(codePoint, index * 4) : bytes.writeUInt32BE(codePoint, index * 4)));
  return bytes;
}

/**
 * Bytes that look like compressed data, the same for a seed every run, with a zero every fifth byte:
 * no printable stretch reaches the 8 characters of a printable run.
 */
export function byteSoup(seed: number, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[index] = index % 5 === 0 ? 0 : (state >>> 16) & 0xff;
  }
  return bytes;
}
