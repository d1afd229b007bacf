import type { AddedLine, FileDiff } from '../model/added-line';
import { LineSplitter } from './line-splitter';
import { BATCH_SIZE } from './unified-diff-parser';

/**
 * Text that is new as a whole (a file of the work tree, piped CI output): every line is an added
 * line, numbered from 1. Batches of at most BATCH_SIZE lines are yielded as the text arrives, so a huge
 * file never sits in memory whole. A last line without "\n" counts; a "\r" before "\n" is dropped, as
 * the diff parser does. Empty text yields one empty batch: the file was read, and counts as scanned.
 */
export async function* textAsAddedLines(file: string, chunks: AsyncIterable<string>): AsyncGenerator<FileDiff> {
  let addedLines: AddedLine[] = [];
  let lineNumber = 0;
  let hasYielded = false;
  for await (const texts of linesOf(chunks)) {
    for (const text of texts) {
      addedLines.push({ file, line: ++lineNumber, text: text.endsWith('\r') ? text.slice(0, -1) : text });
      if (addedLines.length < BATCH_SIZE) continue;
      yield { file, isBinary: false, addedLines };
      addedLines = [];
      hasYielded = true;
    }
  }
  if (addedLines.length > 0 || !hasYielded) yield { file, isBinary: false, addedLines };
}

async function* linesOf(chunks: AsyncIterable<string>): AsyncGenerator<string[]> {
  const splitter = new LineSplitter();
  for await (const chunk of chunks) yield splitter.push(chunk);
  yield splitter.end();
}
