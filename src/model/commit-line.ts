import { detached } from './detached';
import type { CommitInfo } from './finding';

/**
 * The `git log --format` that opens each commit's part of `git log -p` (git-log(1), "PRETTY FORMATS"):
 * a commit line — a NUL, the full sha, a space and the subject (%x00, %H, %s) — then the raw message
 * (%B) and a NUL that ends it. No line of a diff starts with NUL (a header starts with a word, a hunk
 * line with its +, -, space or \ column), so the commit line cannot be taken for a file's.
 *
 * The message travels in the same stream rather than in a second `git log`: git reads each commit
 * object anyway for %s, so the message costs it nothing more, and the history is walked once. Its
 * lines can look like anything a diff holds (`diff --git`, `@@ -1 +1 @@`), so they must never reach
 * the diff parser: the commit-log parser takes every line after a commit line as the message, up to
 * the first line holding a NUL. A commit message cannot hold a NUL (git commit refuses one, and git's
 * formatting stops at one), so the end is unambiguous; git ends %B with a newline, which puts the NUL
 * on a line of its own, but a message stored without one ends in "<last line>\0".
 */
export const COMMIT_LINE_FORMAT = '%x00%H %s%n%B%x00';
/** The commit line with an empty message: for a second read of a commit's files, whose message was read. */
export const COMMIT_LINE_ONLY_FORMAT = '%x00%H %s%n%x00';
export const COMMIT_LINE_START = '\0';
/** What ends a message in COMMIT_LINE_FORMAT. */
export const MESSAGE_END = '\0';

/** The names a message is reported under, in place of a file's path. */
export const COMMIT_MESSAGE_FILE = 'commit message';
export const TAG_MESSAGE_FILE = 'tag message';

export function isCommitLine(line: string): boolean {
  return line.startsWith(COMMIT_LINE_START);
}

/** The commit a COMMIT_LINE_FORMAT line names, detached from the chunk of log the line came from. */
export function parseCommitLine(line: string): CommitInfo {
  const space = line.indexOf(' ');
  if (space < 0) return { sha: detached(line.slice(1)), subject: '' };
  return { sha: detached(line.slice(1, space)), subject: detached(line.slice(space + 1)) };
}
