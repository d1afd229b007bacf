import type { AddedLine, FileDiff } from '../model/added-line';
import { LinePieceSplitter, type LineText, MAX_LINE_LENGTH } from './line-splitter';
import { BATCH_SIZE } from './unified-diff-parser';

/** A batch is also complete at this many characters: a thousand long lines would not fit in memory. */
const BATCH_CHARACTERS = 4 * MAX_LINE_LENGTH;

/**
 * Text that is new as a whole (a file of the work tree, piped CI output): every line is an added
 * line, numbered from 1. Batches of at most BATCH_SIZE lines are yielded as the text arrives, so a huge
 * file never sits in memory whole, and a line longer than MAX_LINE_LENGTH arrives as overlapping
 * pieces with its number (see LinePieceSplitter), so a huge line does not either. A last line without
 * "\n" counts; a "\r" before "\n" is dropped, as the diff parser does. Empty text yields one empty
 * batch: the file was read, and counts as scanned.
 */
export async function* textAsAddedLines(file: string, chunks: AsyncIterable<string>, splitter = new LinePieceSplitter()): AsyncGenerator<FileDiff> {
  let addedLines: AddedLine[] = [];
  let characters = 0;
  let lineNumber = 0;
  let hasYielded = false;
  // The line before (its last piece, where the line was cut) and the text handed on last.
  let lineBefore: string | undefined;
  let lastText: string | undefined;
  for await (const texts of linesOf(chunks, splitter)) {
    for (const { text, piece } of texts) {
      // The pieces after a line's first keep its number, and its line before.
      if (piece === undefined || piece.column === 0) {
        lineNumber++;
        lineBefore = lastText;
      }
      lastText = text;
      addedLines.push(piece === undefined ? { file, line: lineNumber, text, lineBefore } : { file, line: lineNumber, text, piece, lineBefore });
      characters += text.length;
      if (addedLines.length < BATCH_SIZE && characters < BATCH_CHARACTERS) continue;
      yield { file, isBinary: false, addedLines };
      addedLines = [];
      characters = 0;
      hasYielded = true;
    }
  }
  if (addedLines.length > 0 || !hasYielded) yield { file, isBinary: false, addedLines };
}

async function* linesOf(chunks: AsyncIterable<string>, splitter: LinePieceSplitter): AsyncGenerator<LineText[]> {
  for await (const chunk of chunks) yield splitter.push(chunk);
  yield splitter.end();
}
