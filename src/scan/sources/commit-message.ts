import { createReadStream } from 'node:fs';
import { commitMessageAsAddedLines, messageCleanup } from '../../diff/commit-message-lines';
import { readMessageConfig, type MessageConfig } from '../../git/message-settings';
import { readRepoFacts } from '../../git/repo-facts';
import { LeakguardError } from '../../model/errors';
import { redactQuoted } from '../../model/redact-quoted';
import { later, oneAtATime } from './batch-streams';
import type { ScanSource } from './source';

export interface CommitMessageFile {
  /** The file git gives the commit-msg hook: the proposed message (githooks(5), usually .git/COMMIT_EDITMSG). */
  readonly path: string;
  /** Whether an editor ran: git then drops comment lines and the scissors part (see messageCleanup). */
  readonly isEdited: boolean;
}

/** git's defaults, for a message no editor touched: git's settings then change nothing we keep. */
const UNEDITED: MessageConfig = { commentChar: '#', cleanupMode: 'default' };

/**
 * The message `git commit` is about to record, as git will record it, in a batch named "commit
 * message" with the file's line numbers. What the commit-msg hook scans.
 */
export async function commitMessageSource(cwd: string, message: CommitMessageFile): Promise<ScanSource> {
  const { root } = await readRepoFacts(cwd);
  // Asked while the scan loads its config: the two wait for nothing of each other.
  const config = message.isEdited ? readMessageConfig(root) : Promise.resolve(UNEDITED);
  // Its failure is reported when the lines are read; should the scan fail first, it is not a second error.
  config.catch(() => undefined);
  const lines = async () => commitMessageAsAddedLines(readMessageFile(message.path), messageCleanup({ isEdited: message.isEdited, ...(await config) }));
  return { root, readsCommits: false, batches: () => oneAtATime(later(lines)) };
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
