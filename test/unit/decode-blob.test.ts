import { blobAsAddedLines } from '../../src/diff/blob-as-added-lines';
import { BlobLineReader, PROBE_BYTES, type BlobLine } from '../../src/diff/decode-blob';
import { detectBlobKind } from '../../src/diff/detect-blob-kind';
import { LineMultiset } from '../../src/diff/line-multiset';
import { findPrintableRuns, PrintableRunFinder } from '../../src/diff/printable-runs';
import { byteSoup, utf16be, utf16le, utf32 } from '../support/bytes';

/** Every line, feeding the reader in chunks of `chunkSize` bytes. */
function readAll(bytes: Buffer, chunkSize = bytes.length || 1): { kind: string | undefined; lines: BlobLine[] } {
  const reader = new BlobLineReader();
  const lines: BlobLine[] = [];
  for (let offset = 0; offset < bytes.length; offset += chunkSize) lines.push(...reader.write(bytes.subarray(offset, offset + chunkSize)));
  lines.push(...reader.end());
  return { kind: reader.kind, lines };
}

const TEXT = 'héllo wörld\r\nsecond line ✓ 𝄞\nlast without newline';
const LINES = ['héllo wörld', 'second line ✓ 𝄞', 'last without newline'];

describe('detectBlobKind and BlobLineReader', () => {
  test.each([
    ['UTF-8 without NUL', Buffer.from(TEXT), 'utf-8'],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'utf-8'],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(TEXT)]), 'utf-16le'],
    ['UTF-16LE without a BOM', utf16le(TEXT), 'utf-16le'],
    ['UTF-16BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]), 'utf-16be'],
    ['UTF-16BE without a BOM', utf16be(TEXT), 'utf-16be'],
    ['UTF-32LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32(TEXT, true)]), 'utf-32le'],
    ['UTF-32LE without a BOM', utf32(TEXT, true), 'utf-32le'],
    ['UTF-32BE with a BOM', Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), utf32(TEXT, false)]), 'utf-32be'],
    ['UTF-32BE without a BOM', utf32(TEXT, false), 'utf-32be'],
  ])('%s decodes to the same lines, whatever the chunk size', (_name, bytes, kind) => {
    for (const chunkSize of [1, 3, 7, bytes.length]) expect(readAll(bytes, chunkSize)).toEqual({ kind, lines: LINES.map((text, index) => ({ line: index + 1, text })) });
  });

  test('a few NULs in text, binary soup and little-endian integers are binary, not UTF-16', () => {
    expect(detectBlobKind(Buffer.from('first\0line\ntoken = x\n')).kind).toBe('binary');
    expect(detectBlobKind(byteSoup(1, PROBE_BYTES)).kind).toBe('binary');
    const smallIntegers = Buffer.alloc(400);
    for (let index = 0; index < 200; index++) smallIntegers.writeUInt16LE(index % 30, index * 2);
    expect(detectBlobKind(smallIntegers).kind).toBe('binary');
  });

  test('a UTF-16 file longer than the probe is decided by its first 8000 bytes and read on', () => {
    const long = `${'a line of text\n'.repeat(1000)}the end\n`;
    const { kind, lines } = readAll(utf16le(long), 4096);
    expect(kind).toBe('utf-16le');
    expect(lines).toHaveLength(1001);
    expect(lines[1000]).toEqual({ line: 1001, text: 'the end' });
  });
});

describe('printable runs', () => {
  test('finds ASCII and UTF-16LE runs of at least 8 characters, with their byte offsets; a multi-byte character ends a run', () => {
    const bytes = Buffer.concat([byteSoup(1, 100), Buffer.from('\0short\0'), Buffer.from('\0an ascii run\0'), byteSoup(2, 50), Buffer.from('\0the menu: café au lait\0'), byteSoup(3, 50), utf16le('\0wide string\0')]);
    const runs = findPrintableRuns(bytes);
    expect(runs).toEqual([
      { text: 'an ascii run', byteOffset: 108, encoding: 'ascii' },
      { text: 'the menu: caf', byteOffset: 172, encoding: 'ascii' },
      { text: ' au lait', byteOffset: 187, encoding: 'ascii' },
      { text: 'wide string', byteOffset: 248, encoding: 'utf16le' },
    ]);
  });

  test('a run cut by a chunk boundary is found once, whole, at any chunk size', () => {
    const bytes = Buffer.concat([byteSoup(4, 3000), Buffer.from('\0a token-like run of text\0'), byteSoup(5, 3000), utf16le('\0another wide run\0'), byteSoup(6, 100)]);
    const whole = findPrintableRuns(bytes);
    expect(whole.map((run) => run.text)).toEqual(['a token-like run of text', 'another wide run']);
    for (const chunkSize of [1, 2, 5, 13, 1000]) {
      const finder = new PrintableRunFinder();
      const runs = [];
      for (let offset = 0; offset < bytes.length; offset += chunkSize) runs.push(...finder.write(bytes.subarray(offset, offset + chunkSize)));
      runs.push(...finder.end());
      expect(runs).toEqual(whole);
    }
  });

  test('a binary blob reads as numbered runs that carry their place', () => {
    const { kind, lines } = readAll(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), Buffer.from('IHDR chunk name\0')]));
    expect(kind).toBe('binary');
    expect(lines).toEqual([{ line: 1, text: 'IHDR chunk name', run: { byteOffset: 6, encoding: 'ascii' } }]);
  });
});

describe('LineMultiset: only what the new version adds', () => {
  test('a line is new only when the old version has no copy of it left; order does not matter', () => {
    const old = new LineMultiset();
    for (const line of ['a', 'b', 'a', 'c']) old.add(line);
    expect(['c', 'a', 'd', 'a', 'a', 'b', 'b'].map((line) => old.take(line))).toEqual([true, true, false, true, false, true, false]);
  });

  test('blobAsAddedLines keeps the new lines with their numbers in the new version, in batches', async () => {
    const old = new LineMultiset();
    for (const line of ['kept', 'moved']) old.add(line);
    const batches = [];
    for await (const batch of blobAsAddedLines('f.txt', [utf16le('moved\nnew one\nkept\nnew two\n')], (line) => !old.take(line.text))) batches.push(batch);
    expect(batches).toEqual([{ file: 'f.txt', isBinary: false, addedLines: [{ file: 'f.txt', line: 2, text: 'new one', lineBefore: 'moved' }, { file: 'f.txt', line: 4, text: 'new two', lineBefore: 'kept' }] }]);
  });
});
