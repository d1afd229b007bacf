import type { PathPredicate } from '../../allow/path-ignore';
import type { BaselineFilter } from '../../baseline/baseline-filter';
import { fileInCommitKey, type FileDiff } from '../../model/added-line';
import type { NotScannedFile, ScanReport } from '../../model/finding';
import type { WholeFileRequest } from '../sources/source';

/** What the files of a scan were: scanned, ignored, binary, not readable whole. */
export type FilesSummary = Pick<ScanReport, 'filesScanned' | 'ignoredFiles' | 'binaryFiles' | 'notScanned'>;

/**
 * The first stage: which batches are scanned. It lists the files .secretignore and allowlist.paths
 * hide, the binary ones and those that could not be read whole; it counts the commits; and it holds
 * back renamed files that must be read whole (see isMovedOutOfHiding).
 */
export class PathStage {
  private readonly files = new Set<string>();
  private readonly ignoredFiles = new Set<string>();
  private readonly binaryFiles = new Set<string>();
  private readonly notScanned: NotScannedFile[] = [];
  /** Renamed files to read whole, by file and commit, each once however many batches it came in. */
  private readonly wholeFiles = new Map<string, WholeFileRequest>();
  private lastCommitSha: string | undefined;
  private commitCount = 0;
  /** Off once the whole-file requests are taken: what is read whole belongs to commits counted already. */
  private isCountingCommits = true;

  constructor(
    private readonly isIgnoredPath: PathPredicate,
    private readonly baseline: BaselineFilter | undefined,
    private readonly canReadWhole: boolean,
  ) {}

  /** The batch if it is to be scanned. A message is no path: .secretignore and the rest are about files. */
  accept(batch: FileDiff): FileDiff | undefined {
    this.countCommit(batch);
    if (batch.isMessage) return batch;
    if (this.isIgnoredPath(batch.file)) {
      this.ignoredFiles.add(batch.file);
      return undefined;
    }
    this.files.add(batch.file);
    if (this.isMovedOutOfHiding(batch)) {
      this.wholeFiles.set(fileInCommitKey(batch), { file: batch.file, ...(batch.commit ? { commit: batch.commit } : {}) });
      return undefined;
    }
    if (batch.isBinary) this.binaryFiles.add(batch.file);
    if (batch.notScanned === undefined) return batch;
    this.notScanned.push({ file: batch.file, reason: batch.notScanned, ...(batch.commit ? { commit: batch.commit } : {}) });
    return undefined;
  }

  /**
   * The renamed files the source is to read whole, once it has given everything else. Their batches
   * come again under commits the first pass counted, so commits are no longer counted.
   */
  takeWholeFileRequests(): WholeFileRequest[] {
    this.isCountingCommits = false;
    return [...this.wholeFiles.values()];
  }

  get commitsSeen(): number {
    return this.commitCount;
  }

  get filesSeen(): number {
    return this.files.size;
  }

  summary(): FilesSummary {
    return { filesScanned: this.files.size, ignoredFiles: [...this.ignoredFiles], binaryFiles: [...this.binaryFiles], notScanned: this.notScanned };
  }

  /**
   * A commit counts the first time one of its batches arrives; batches of a commit are contiguous. Its
   * message and its files carry CommitInfos of their own: the sha says they are the same commit. A tag
   * is not a commit.
   */
  private countCommit({ commit }: FileDiff): void {
    if (!this.isCountingCommits || commit === undefined || commit.tag !== undefined || commit.sha === this.lastCommitSha) return;
    this.lastCommitSha = commit.sha;
    this.commitCount++;
  }

  /**
   * A rename shows only the lines it changed, which is right when the old path was scanned too. Out of
   * a path .secretignore or allowlist.paths hides, or one whose secrets the baseline accepts there,
   * every line is new to the scan: `git mv fixtures/creds.txt src/` must not carry a secret past it.
   */
  private isMovedOutOfHiding(batch: FileDiff): boolean {
    const from = batch.renamedFrom;
    if (from === undefined || !this.canReadWhole) return false;
    return this.isIgnoredPath(from) || this.baseline?.hasEntriesFor(from) === true;
  }
}
