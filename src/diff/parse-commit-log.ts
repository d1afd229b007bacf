import type { AddedLine, FileDiff } from '../model/added-line';
import { COMMIT_MESSAGE_FILE, isCommitLine, MESSAGE_END, parseCommitLine } from '../model/commit-line';
import type { CommitInfo } from '../model/finding';
import { parseLineStream, type LineParser } from './parse-diff-stream';
import { BATCH_SIZE, UnifiedDiffParser } from './unified-diff-parser';

/**
 * `git log -p --format=COMMIT_LINE_FORMAT` text, arriving in chunks of any size, to batches of added
 * lines as they complete: each commit's message first (a batch named COMMIT_MESSAGE_FILE, lines
 * numbered from the subject's 1), then the files its diff changes.
 */
export function parseCommitLog(chunks: AsyncIterable<string>): AsyncGenerator<readonly FileDiff[]> {
  return parseLineStream(chunks, new CommitLogParser());
}

interface MessageState {
  readonly commit: CommitInfo;
  lines: AddedLine[];
  nextLineNumber: number;
}

/**
 * Keeps each message away from the diff parser (see COMMIT_LINE_FORMAT): after a commit line, every
 * line up to the one holding MESSAGE_END is the message's. Everything else goes to the diff parser,
 * the commit line included (it starts the commit's files there).
 */
export class CommitLogParser implements LineParser {
  private readonly diff = new UnifiedDiffParser();
  private message: MessageState | undefined;
  private readonly ready: FileDiff[] = [];

  push(line: string): void {
    if (this.message !== undefined) return this.readMessageLine(this.message, line);
    this.diff.push(line);
    if (!isCommitLine(line)) return;
    // The previous commit's last file is complete now: it goes before this commit's message.
    this.ready.push(...this.diff.takeReady());
    this.message = { commit: parseCommitLine(line), lines: [], nextLineNumber: 1 };
  }

  takeReady(): FileDiff[] {
    this.ready.push(...this.diff.takeReady());
    return this.ready.splice(0, this.ready.length);
  }

  /** A log cut off inside a message still reports what it read of it. */
  end(): FileDiff[] {
    if (this.message !== undefined) this.flushMessage(this.message);
    this.message = undefined;
    this.ready.push(...this.diff.end());
    return this.ready.splice(0, this.ready.length);
  }

  private readMessageLine(message: MessageState, line: string): void {
    const end = line.indexOf(MESSAGE_END);
    const text = end < 0 ? line : line.slice(0, end);
    if (end < 0 || text !== '') this.addMessageLine(message, text);
    if (end < 0) return;
    this.flushMessage(message);
    this.message = undefined;
  }

  private addMessageLine(message: MessageState, text: string): void {
    message.lines.push({ file: COMMIT_MESSAGE_FILE, line: message.nextLineNumber++, text: text.endsWith('\r') ? text.slice(0, -1) : text });
    if (message.lines.length >= BATCH_SIZE) this.flushMessage(message);
  }

  /** Every commit's message arrives as a batch, an empty one too: the commit was read. */
  private flushMessage(message: MessageState): void {
    if (message.lines.length === 0 && message.nextLineNumber > 1) return;
    this.ready.push({ file: COMMIT_MESSAGE_FILE, isBinary: false, isMessage: true, addedLines: message.lines, commit: message.commit });
    message.lines = [];
  }
}
