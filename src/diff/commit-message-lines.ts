import type { AddedLine, FileDiff } from '../model/added-line';
import { COMMIT_MESSAGE_FILE } from '../model/commit-line';
import { textAsAddedLines } from './text-as-added-lines';

/** What git does to the message file the commit-msg hook sees before it records the message. */
export interface MessageCleanup {
  /** Lines that start with it are comments git drops; absent when git keeps them or cannot be told. */
  readonly commentPrefix?: string;
  /** Lines git cuts the message at, dropping them and everything below; empty when git cuts nothing. */
  readonly scissorsLines: readonly string[];
}

/** What decides the cleanup: whether an editor ran, core.commentChar and commit.cleanup. */
export interface MessageSettings {
  /** git tells the hook that no editor ran (-m, -F) by setting GIT_EDITOR=: in its environment. */
  readonly isEdited: boolean;
  /** core.commentChar: "#" by default, or "auto". */
  readonly commentChar: string;
  /** commit.cleanup: "default", "strip", "whitespace", "verbatim" or "scissors". */
  readonly cleanupMode: string;
}

/**
 * The characters `core.commentChar=auto` picks from, the first one no line of the message starts with
 * (builtin/commit.c, adjust_comment_line_char).
 */
const AUTO_COMMENT_CHARS = '#;@!$%^&|:';
/** wt-status.c's cut_line, after the comment char and a space; the diff of `git commit -v` follows it. */
const SCISSORS = '------------------------ >8 ------------------------';
/** Modes in which git drops comment lines (git-commit(1), --cleanup; "default" strips an edited message). */
const STRIPPING_MODES = new Set(['default', 'strip']);

/**
 * git-commit(1), --cleanup: an edited message loses its comment lines (in the default and strip modes)
 * and everything from the scissors line down (git writes that line only with -v or in scissors mode,
 * and then cuts there). A message given with -m or -F is not edited: git keeps every line but
 * surrounding whitespace, `#` lines included, so every line is scanned. Whatever git cannot be told
 * from here (commit.cleanup=strip with -m, a --cleanup option on the command line) errs towards
 * scanning a line git may drop. With commentChar=auto the comment character git picked is unknown:
 * comment lines are scanned, and a scissors line after any candidate character ends the message.
 */
export function messageCleanup(settings: MessageSettings): MessageCleanup {
  if (!settings.isEdited) return { scissorsLines: [] };
  const isAuto = settings.commentChar === 'auto';
  const commentChars = isAuto ? [...AUTO_COMMENT_CHARS] : [settings.commentChar];
  const scissorsLines = commentChars.map((char) => `${char} ${SCISSORS}`);
  const dropsComments = !isAuto && settings.commentChar !== '' && STRIPPING_MODES.has(settings.cleanupMode);
  return dropsComments ? { commentPrefix: settings.commentChar, scissorsLines } : { scissorsLines };
}

/**
 * A comment line git drops is not in the recorded message: its next-line allow comment would let the
 * commit-msg hook pass a line that the pre-push hook, reading the message git kept, then blocks.
 */
function withoutLineBefore(line: AddedLine): AddedLine {
  const { lineBefore: _dropped, ...rest } = line;
  return rest;
}

/**
 * The lines of a commit-msg hook's message file that git will record, numbered as in the file, as
 * batches of a message (COMMIT_MESSAGE_FILE). Reading stops at the scissors line: below it is the
 * staged diff of `git commit -v`, which pre-commit scans, and which may be large.
 */
export async function* commitMessageAsAddedLines(chunks: AsyncIterable<string>, cleanup: MessageCleanup): AsyncGenerator<FileDiff> {
  const isComment = (text: string): boolean => cleanup.commentPrefix !== undefined && text.startsWith(cleanup.commentPrefix);
  for await (const batch of textAsAddedLines(COMMIT_MESSAGE_FILE, chunks)) {
    const cut = batch.addedLines.findIndex((line) => cleanup.scissorsLines.includes(line.text));
    const kept = (cut < 0 ? batch.addedLines : batch.addedLines.slice(0, cut)).filter((line) => !isComment(line.text));
    yield { ...batch, isMessage: true, addedLines: kept.map((line) => (line.lineBefore !== undefined && isComment(line.lineBefore) ? withoutLineBefore(line) : line)) };
    if (cut >= 0) return;
  }
}
