import { createReadStream } from 'node:fs';
import { commitMessageAsAddedLines, messageCleanup } from '../diff/commit-message-lines';
import { textAsAddedLines } from '../diff/text-as-added-lines';
import { readMessageConfig, type MessageConfig } from '../git/message-settings';
import { readRepoFacts } from '../git/repo-facts';
import type { TagObject } from '../git/tag-objects';
import type { FileDiff } from '../model/added-line';
import { TAG_MESSAGE_FILE } from '../model/commit-line';
import { LeakguardError } from '../model/errors';
import { redactQuoted } from '../model/redact-quoted';
import type { ScanReport } from '../model/finding';
import { scanFileBatches } from './scan-diff';
import { oneAtATime } from './scan-files';
import { buildScanContext, type StagedScanOptions } from './scan-staged';

export interface CommitMessageScanOptions extends StagedScanOptions {
  /** The file git gives the commit-msg hook: the proposed message (githooks(5), usually .git/COMMIT_EDITMSG). */
  readonly messageFile: string;
  /** Whether an editor ran: git then drops comment lines and the scissors part (see messageCleanup). */
  readonly isEdited: boolean;
}

/** git's defaults, for a message no editor touched: git's settings then change nothing we keep. */
const UNEDITED: MessageConfig = { commentChar: '#', cleanupMode: 'default' };

/**
 * Scans the message `git commit` is about to record, as git will record it, in a batch named "commit
 * message" with the file's line numbers. What the commit-msg hook runs. Reads only.
 */
export async function scanCommitMessage(options: CommitMessageScanOptions): Promise<ScanReport> {
  const { root } = await readRepoFacts(options.cwd);
  const [context, config] = await Promise.all([buildScanContext(root, options), options.isEdited ? readMessageConfig(root) : UNEDITED]);
  const cleanup = messageCleanup({ isEdited: options.isEdited, ...config });
  return scanFileBatches(oneAtATime(commitMessageAsAddedLines(readMessageFile(options.messageFile), cleanup)), context);
}

async function* readMessageFile(path: string): AsyncGenerator<string> {
  try {
    for await (const chunk of createReadStream(path, { encoding: 'utf8' })) yield chunk as string;
  } catch (error) {
    throw new LeakguardError('IO_FAILED', redactQuoted(`Could not read the commit message file ${path}: ${(error as Error).message}`), {
      hint: 'scan --commit-msg reads the file git gives the commit-msg hook (usually .git/COMMIT_EDITMSG); name a file that exists.',
      cause: error,
    });
  }
}

/** Each tag's message as batches of a message named "tag message", numbered from its first line. */
export async function* tagMessageBatches(tags: AsyncIterable<TagObject>): AsyncGenerator<readonly FileDiff[]> {
  for await (const tag of tags) {
    const commit = { sha: tag.sha, subject: tag.message.split('\n', 1)[0] ?? '', tag: tag.name };
    for await (const batch of textAsAddedLines(TAG_MESSAGE_FILE, only(tag.message))) yield [{ ...batch, isMessage: true, commit }];
  }
}

async function* only(text: string): AsyncGenerator<string> {
  yield text;
}
