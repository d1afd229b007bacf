import type { CommitInfo } from './finding';

/** One line that a change adds, with its number in the new version of the file (1-based). */
export interface AddedLine {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  /**
   * The line just before this one in the new version of the file, added or not, where the source
   * knows it (a diff's context line, the line before in a file): a next-line allow comment there
   * applies to this line (src/allow/inline-allow.ts). Absent on line 1 and for a binary's runs.
   */
  readonly lineBefore?: string;
  /**
   * For a printable run of a binary file (the line is then the run's number): where the run starts in
   * the blob, in bytes from 0, and how its characters were stored, to locate a secret within it.
   */
  readonly run?: PrintableRunPlace;
  /** For a piece of a line too long to hold whole (see LinePieceSplitter): where it is in its line. */
  readonly piece?: LinePiecePlace;
}

/**
 * Consecutive pieces of one line overlap, so a secret cut by one piece's end is whole in the next; a
 * match that starts at or after `ownMatchesBefore` is left to the next piece, so none is found twice.
 */
export interface LinePiecePlace {
  /** Where the piece starts in its line, in UTF-16 code units from 0. */
  readonly column: number;
  readonly ownMatchesBefore: number;
}

export interface PrintableRunPlace {
  readonly byteOffset: number;
  readonly encoding: 'ascii' | 'utf16le';
}

/**
 * The added lines of one file, or a batch of them: a large file arrives as several batches with the
 * same path, so memory stays bounded however big the change is.
 */
export interface FileDiff {
  readonly file: string;
  readonly isBinary: boolean;
  readonly addedLines: readonly AddedLine[];
  /**
   * Where a rename moved the file from. Its added lines are then only those the rename changed; a
   * scan that must read the file whole (moved out of an ignored path) asks its source for it.
   */
  readonly renamedFrom?: string;
  /** The commit whose change this is, when the diff comes from `git log -p`. */
  readonly commit?: CommitInfo;
  /**
   * A commit's or a tag's message, not a file (`file` is then a name like "commit message"): no path
   * or file-name rule applies to it, and each message holding a secret is reported, as each must be
   * rewritten on its own.
   */
  readonly isMessage?: boolean;
  /**
   * The blob ids of the diff's `index <old>..<new>` line (`--full-index`): `old` holds one id per
   * parent (several in a merge's combined diff), none for a new file.
   */
  readonly blobs?: FileBlobs;
  /** The lines are printable runs of a binary file, not lines of text: only provider rules read them. */
  readonly isPrintableRuns?: boolean;
  /** The file could not be read (whole): why. A batch that says so has no lines. */
  readonly notScanned?: string;
}

/** One key per file of one commit (or of the staged change): batches of the same file share it. */
export const fileInCommitKey = (batch: Pick<FileDiff, 'file' | 'commit'>): string => `${batch.file}\0${batch.commit?.sha ?? ''}`;

export interface FileBlobs {
  readonly old: readonly string[];
  readonly new: string;
}
