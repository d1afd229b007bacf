import { detached } from './detached';
import type { CommitInfo } from './finding';

/**
 * The `git log --format` that opens each commit's part of `git log -p`: a NUL, the full sha, a space
 * and the subject (git-log(1), "PRETTY FORMATS": %x00, %H, %s). No line of a diff's headers starts
 * with NUL, so the diff parser can tell a commit's start from a file's without guessing.
 */
export const COMMIT_LINE_FORMAT = '%x00%H %s';
export const COMMIT_LINE_START = '\0';

export function isCommitLine(line: string): boolean {
  return line.startsWith(COMMIT_LINE_START);
}

/** The commit a COMMIT_LINE_FORMAT line names, detached from the chunk of log the line came from. */
export function parseCommitLine(line: string): CommitInfo {
  const space = line.indexOf(' ');
  if (space < 0) return { sha: detached(line.slice(1)), subject: '' };
  return { sha: detached(line.slice(1, space)), subject: detached(line.slice(space + 1)) };
}
