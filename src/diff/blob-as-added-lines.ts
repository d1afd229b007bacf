import type { AddedLine, FileDiff } from '../model/added-line';
import { BlobLineReader, type BlobLine } from './decode-blob';
import { BATCH_SIZE } from './unified-diff-parser';

/**
 * The bytes of a file that git would not diff as text, as batches of added lines: its decoded lines,
 * or a binary's printable runs (marked, so that only provider rules read them). `isNew` drops what an
 * old version already had; by default every line counts. Memory stays at one batch.
 */
export async function* blobAsAddedLines(
  file: string,
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  isNew: (line: BlobLine) => boolean = () => true,
): AsyncGenerator<FileDiff> {
  const reader = new BlobLineReader();
  let pending: AddedLine[] = [];
  const batch = (): FileDiff => ({ file, isBinary: false, addedLines: pending, ...(reader.kind === 'binary' ? { isPrintableRuns: true } : {}) });
  // The decoded line before, kept or not; a binary's runs are not lines, and have none.
  let lineBefore: string | undefined;
  for await (const lines of decodedLines(reader, chunks)) {
    for (const line of lines) {
      const before = line.run === undefined ? lineBefore : undefined;
      lineBefore = line.text;
      if (!isNew(line)) continue;
      pending.push({ file, line: line.line, text: line.text, ...(line.run ? { run: line.run } : {}), ...(before === undefined ? {} : { lineBefore: before }) });
      if (pending.length < BATCH_SIZE) continue;
      yield batch();
      pending = [];
    }
  }
  if (pending.length > 0) yield batch();
}

/** Every line of the bytes, as they decode. */
export async function* decodedLines(reader: BlobLineReader, chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<readonly BlobLine[]> {
  for await (const chunk of chunks) yield reader.write(chunk);
  yield reader.end();
}
