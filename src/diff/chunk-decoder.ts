import { concatBytes } from './concat-bytes';

/** Text encodings a blob is read in; anything else is binary and read as printable runs. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

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

function prepend(byte: number, bytes: Uint8Array): Uint8Array {
  const all = new Uint8Array(bytes.length + 1);
  all[0] = byte;
  all.set(bytes, 1);
  return all;
}
