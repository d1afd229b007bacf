import type { FileDiff } from '../model/added-line';
import { LineSplitter } from './line-splitter';
import { UnifiedDiffParser } from './unified-diff-parser';

/** What turns git's text into batches of added lines: fed line by line, drained as it goes. */
export interface LineParser {
  push(line: string): void;
  /** Batches completed so far. */
  takeReady(): FileDiff[];
  /** The rest, once the text has ended. */
  end(): FileDiff[];
}

/** Text arriving in chunks of any size, through `parser`, to batches of added lines as they complete. */
export async function* parseLineStream(chunks: AsyncIterable<string>, parser: LineParser): AsyncGenerator<readonly FileDiff[]> {
  const splitter = new LineSplitter();
  for await (const chunk of chunks) {
    for (const line of splitter.push(chunk)) parser.push(line);
    yield parser.takeReady();
  }
  for (const line of splitter.end()) parser.push(line);
  yield parser.end();
}

/** Unified diff text to batches of added lines. */
export function parseDiffStream(chunks: AsyncIterable<string>): AsyncGenerator<readonly FileDiff[]> {
  return parseLineStream(chunks, new UnifiedDiffParser());
}
