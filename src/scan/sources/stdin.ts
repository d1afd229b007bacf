import { textAsAddedLines } from '../../diff/text-as-added-lines';
import { oneAtATime } from './batch-streams';
import { locateRoot } from './locate-root';
import { decodeUtf8 } from './read-files';
import type { ScanSource } from './source';

/** The name piped text is reported under. */
export const STDIN_NAME = '<stdin>';

/** Piped text (logs, CI output) as one file named `<stdin>`, line by line as it arrives. */
export async function stdinSource(cwd: string, chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): Promise<ScanSource> {
  const { root } = await locateRoot(cwd);
  return { root, readsCommits: false, batches: () => oneAtATime(textAsAddedLines(STDIN_NAME, decodeUtf8(chunks))) };
}
