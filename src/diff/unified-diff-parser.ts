import type { AddedLine, FileBlobs, FileDiff } from '../model/added-line';
import { isCommitLine, parseCommitLine } from '../model/commit-line';
import { detached } from '../model/detached';
import type { CommitInfo } from '../model/finding';
import { unquotePath } from './unquote-path';

/** Added lines are handed on in batches of this size so a huge file never sits in memory whole. */
export const BATCH_SIZE = 1000;

/** `@@ -12,3 +14,0 @@`: counts default to 1 when omitted (GNU diffutils, "Detailed Unified"). */
const HUNK_HEADER = /^@@ -\d{1,10}(?:,(\d{1,10}))? \+(\d{1,10})(?:,(\d{1,10}))? @@/;
/**
 * A merge's combined diff (`git log --cc`, git-diff(1) "COMBINED DIFF FORMAT"): one `@` more than it
 * has parents, one old range per parent, then the result's range: `@@@ -1,2 -1,0 +1,3 @@@`.
 */
const COMBINED_HUNK_HEADER = /^(@{3,33}) (?:-\d{1,10}(?:,\d{1,10})? ){2,32}\+(\d{1,10})(?:,(\d{1,10}))? @{3,33}/;

interface FileState {
  path: string;
  /** The path a rename moved the file from (`rename from <old>`). */
  renamedFrom: string | undefined;
  isBinary: boolean;
  isDeleted: boolean;
  addedLines: AddedLine[];
  blobs?: FileBlobs;
}

/**
 * Turns `git diff -U1 --src-prefix=a/ --dst-prefix=b/` output, fed line by line, into the added lines
 * of each file with their numbers in the new file, each with the line before it (see AddedLine.lineBefore). It counts each hunk's lines as the hunk header
 * announces them, so an added line that itself starts with "++ " or "diff --git" is never taken for a
 * header. Deleted and context lines are never returned.
 */
export class UnifiedDiffParser {
  private file: FileState | undefined;
  private oldRemaining = 0;
  private newRemaining = 0;
  private nextLineNumber = 0;
  /** The text of the hunk's last line in the new file (context or added): the line before the next added one. */
  private lineBefore: string | undefined;
  /** How many parents the current hunk compares against: 1, or more in a merge's combined diff. */
  private parents = 1;
  private commit: CommitInfo | undefined;
  private readonly ready: FileDiff[] = [];

  push(rawLine: string): void {
    if (this.oldRemaining > 0 || this.newRemaining > 0) this.readHunkLine(rawLine);
    else if (!this.isTrailingCombinedRemoval(rawLine)) this.readHeaderLine(rawLine);
  }

  /** Batches completed so far; the caller drains them as it goes. */
  takeReady(): FileDiff[] {
    return this.ready.splice(0, this.ready.length);
  }

  end(): FileDiff[] {
    this.finishFile();
    return this.takeReady();
  }

  private readHunkLine(rawLine: string): void {
    if (this.parents > 1) return this.readCombinedHunkLine(rawLine);
    const marker = rawLine[0];
    if (marker === '+') {
      this.addLine(withoutCarriageReturn(rawLine.slice(1)));
      this.newRemaining--;
    } else if (marker === '-') {
      this.oldRemaining--;
    } else if (marker === ' ' || marker === undefined) {
      // An empty line is a context line whose " " git left out (diff.suppressBlankEmpty): the options
      // we pass turn that off, and counting it anyway keeps the parser in step if a git ignores them.
      this.oldRemaining--;
      this.newRemaining--;
      this.passContextLine(rawLine.slice(1));
    }
    // "\ No newline at end of file" belongs to the line before it and counts for neither side.
  }

  /**
   * A combined hunk line has one column per parent: `+` absent from that parent, `-` removed from it,
   * ` ` the same. Only the result's count is known for sure, so removals are recognised by their `-`.
   * A line is new only when it is absent from every parent (`++`): the others came with a parent.
   */
  private readCombinedHunkLine(rawLine: string): void {
    const columns = rawLine.slice(0, this.parents);
    if (rawLine[0] === '\\' || columns.includes('-')) return;
    this.newRemaining--;
    if (columns.includes(' ')) this.passContextLine(rawLine.slice(this.parents));
    else this.addLine(withoutCarriageReturn(rawLine.slice(this.parents)));
  }

  /** Removed lines can follow a combined hunk's last result line; they are not headers. */
  private isTrailingCombinedRemoval(rawLine: string): boolean {
    if (this.parents === 1) return false;
    const columns = rawLine.slice(0, this.parents);
    return columns.length === this.parents && /^[-+ ]*$/.test(columns) && columns.includes('-');
  }

  /** A line the new file has that the change did not add: counted, and remembered as the line before. */
  private passContextLine(text: string): void {
    this.nextLineNumber++;
    this.lineBefore = withoutCarriageReturn(text);
  }

  private addLine(text: string): void {
    const file = this.file;
    const lineBefore = this.lineBefore;
    this.lineBefore = text;
    if (file === undefined || file.isDeleted) return;
    file.addedLines.push(lineBefore === undefined ? { file: file.path, line: this.nextLineNumber++, text } : { file: file.path, line: this.nextLineNumber++, text, lineBefore });
    if (file.addedLines.length >= BATCH_SIZE) this.flush(file);
  }

  private readHeaderLine(line: string): void {
    if (line.startsWith('diff --git ')) return this.startFile(pathFromDiffHeader(line.slice('diff --git '.length)));
    if (line.startsWith('diff --cc ')) return this.startFile(unquotePath(line.slice('diff --cc '.length)));
    if (isCommitLine(line)) return this.startCommit(parseCommitLine(line));
    const file = this.file;
    if (file === undefined) return;
    if (line.startsWith('@@')) return this.startHunk(line);
    if (line.startsWith('+++ ')) {
      // git ends an unquoted name that contains a space with a tab, as GNU diff does.
      const target = line.slice(4).replace(/^([^"].*)\t$/, '$1');
      if (target !== '/dev/null') file.path = detached(stripPrefix(unquotePath(target), 'b/'));
    } else if (line.startsWith('rename from ')) {
      file.renamedFrom = detached(unquotePath(line.slice('rename from '.length)));
    } else if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
      file.path = detached(unquotePath(line.slice(line.indexOf(' to ') + 4)));
    } else if (line.startsWith('deleted file mode')) {
      file.isDeleted = true;
    } else if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
      file.isBinary = true;
    } else if (line.startsWith('index ')) {
      file.blobs = blobsOfIndexLine(line);
    }
  }

  private startHunk(line: string): void {
    const hunk = HUNK_HEADER.exec(line);
    this.lineBefore = undefined;
    if (hunk) {
      this.parents = 1;
      this.oldRemaining = hunk[1] === undefined ? 1 : Number(hunk[1]);
      this.nextLineNumber = Number(hunk[2]);
      this.newRemaining = hunk[3] === undefined ? 1 : Number(hunk[3]);
      return;
    }
    const combined = COMBINED_HUNK_HEADER.exec(line);
    if (combined) {
      this.parents = (combined[1] as string).length - 1;
      this.oldRemaining = 0;
      this.nextLineNumber = Number(combined[2]);
      this.newRemaining = combined[3] === undefined ? 1 : Number(combined[3]);
    }
  }

  private startFile(path: string): void {
    this.finishFile();
    this.parents = 1;
    this.file = { path: detached(path), renamedFrom: undefined, isBinary: false, isDeleted: false, addedLines: [] };
  }

  private startCommit(commit: CommitInfo): void {
    this.finishFile();
    this.parents = 1;
    this.commit = commit;
  }

  private finishFile(): void {
    const file = this.file;
    if (file === undefined) return;
    if (!file.isDeleted) this.flush(file);
    this.file = undefined;
  }

  private flush(file: FileState): void {
    const commit = this.commit;
    const renamedFrom = file.renamedFrom;
    this.ready.push({ file: file.path, isBinary: file.isBinary, addedLines: file.addedLines, ...(renamedFrom ? { renamedFrom } : {}), ...(commit ? { commit } : {}), ...(file.blobs ? { blobs: file.blobs } : {}) });
    file.addedLines = [];
  }
}

/**
 * The new path from `a/<old> b/<new>`. Later header lines (`+++`, `rename to`) correct it; this guess
 * only stands for binary and mode-only changes, where old and new paths are the same.
 */
function pathFromDiffHeader(rest: string): string {
  if (rest.endsWith('"')) {
    const start = rest.lastIndexOf(' "b/');
    if (start >= 0) return stripPrefix(unquotePath(rest.slice(start + 1)), 'b/');
  }
  const half = (rest.length - 1) / 2;
  if (Number.isInteger(half) && rest.slice(0, half).slice(2) === rest.slice(half + 1).slice(2)) {
    return stripPrefix(rest.slice(half + 1), 'b/');
  }
  const separator = rest.lastIndexOf(' b/');
  return separator >= 0 ? rest.slice(separator + 3) : rest;
}

/**
 * `index <old>..<new>[ <mode>]`, or `index <old>,<old>..<new>` in a combined diff (git-diff(1),
 * "Generating patch text with -p"); full ids with `--full-index`, all zeros for a side that is absent.
 */
const INDEX_LINE = /^index ([0-9a-f]{7,64}(?:,[0-9a-f]{7,64}){0,32})\.\.([0-9a-f]{7,64})(?: |$)/;
const ABSENT = /^0+$/;

function blobsOfIndexLine(line: string): FileBlobs | undefined {
  const ids = INDEX_LINE.exec(line);
  if (ids === null) return undefined;
  const old = (ids[1] as string).split(',').filter((id) => !ABSENT.test(id)).map(detached);
  return { old, new: detached(ids[2] as string) };
}

function withoutCarriageReturn(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}

function stripPrefix(path: string, prefix: string): string {
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
