import type { FileDiff } from '../model/added-line';
import { LineSplitter } from './line-splitter';
import { UnifiedDiffParser } from './unified-diff-parser';

/** Unified diff text, arriving in chunks of any size, to batches of added lines as they complete. */
export async function* parseDiffStream(chunks: AsyncIterable<string>): AsyncGenerator<readonly FileDiff[]> {
  const splitter = new LineSplitter();
  const parser = new UnifiedDiffParser();
  for await (const chunk of chunks) {
    for (const line of splitter.push(chunk)) parser.push(line);
    yield parser.takeReady();
  }
  for (const line of splitter.end()) parser.push(line);
  yield parser.end();
}
