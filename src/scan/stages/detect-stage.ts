import type { Detector } from '../../detect/detector';
import { findSensitiveFile, type FileMatch } from '../../detect/find-sensitive-file';
import { createSecretFinder, type SecretFinder } from '../../detect/find-secrets';
import type { FileDetector } from '../../detect/file-detector';
import { fileInCommitKey, type AddedLine, type FileDiff } from '../../model/added-line';
import type { RawMatch } from '../../model/raw-match';

/** What the content rules found in one batch. */
export interface ContentMatches {
  readonly batch: FileDiff;
  readonly matches: readonly RawMatch[];
}

/**
 * The detection stage: the file rules on each file's name and evidence, the content rules on its
 * lines. A batch is held until the next one arrives, so that rules reading several lines (a PEM
 * block, a `name:` line above its `value:`) see across a batch boundary: a batch is scanned with the
 * last lines of its predecessor and the first lines of its successor in the same file as neighbours,
 * as far as the rules' windows reach (SecretFinder.reach).
 */
export class DetectStage {
  private held: FileDiff | undefined;
  /** The end of the batch scanned last, while the held batch continues its file. */
  private tail: readonly AddedLine[] = [];
  private lines = 0;
  private runFinder: SecretFinder | undefined;
  /** Files (per commit) a file rule has matched: one file-level match each. */
  private readonly matchedFiles = new Set<string>();

  constructor(
    private readonly finder: SecretFinder,
    private readonly detectors: readonly Detector[],
    private readonly fileDetectors: readonly FileDetector[],
  ) {}

  get linesScanned(): number {
    return this.lines;
  }

  /** The first file rule that matches the file of this batch, once per file (per commit). */
  fileMatchOf(batch: FileDiff): FileMatch | undefined {
    const key = fileInCommitKey(batch);
    if (batch.isMessage || this.matchedFiles.has(key)) return undefined;
    const match = findSensitiveFile(this.fileDetectors, batch);
    if (match !== undefined) this.matchedFiles.add(key);
    return match;
  }

  /** Holds the batch (if it has lines) and returns what the batch held before it holds. */
  push(batch: FileDiff): ContentMatches | undefined {
    if (batch.addedLines.length === 0) return undefined;
    const released = this.held === undefined ? undefined : this.scan(this.held, isSameFile(this.held, batch) ? batch.addedLines : []);
    this.held = batch;
    return released;
  }

  /** What the held batch holds, once the source has nothing more. */
  flush(): ContentMatches | undefined {
    const held = this.held;
    this.held = undefined;
    return held === undefined ? undefined : this.scan(held, []);
  }

  private scan(batch: FileDiff, following: readonly AddedLine[]): ContentMatches {
    // Counts the lines of files and changes; a message is not one ("no secrets in N added lines").
    if (!batch.isMessage) this.lines += countLines(batch.addedLines);
    const finder = batch.isPrintableRuns ? this.printableRunFinder() : this.finder;
    const { before, after } = finder.reach;
    const matches = finder.findSecrets(batch.addedLines, [...this.tail, ...following.slice(0, after)]);
    // What the next batch may see of this one, if it continues this file (push clears it otherwise).
    this.tail = following.length === 0 || before === 0 ? [] : batch.addedLines.slice(-before);
    return { batch, matches };
  }

  /**
   * Printable runs of a binary are read by provider rules only: their formats (a prefix, a checksum, a
   * fixed layout) are as telling in binary soup as in text, while the generic rules (isGeneric: a
   * secret-like name next to a high-entropy value) would fire on random bytes that happen to spell
   * "key=" before noise. Built with the first binary that has runs.
   */
  private printableRunFinder(): SecretFinder {
    return (this.runFinder ??= createSecretFinder(this.detectors.filter((detector) => detector.isGeneric !== true)));
  }
}

/** A batch continues the held one only within the same file of the same commit. */
const isSameFile = (held: FileDiff, next: FileDiff): boolean => held.file === next.file && held.commit === next.commit;

/** Lines, not the pieces a line too long to hold whole is cut into: only a line's first piece counts. */
function countLines(lines: readonly AddedLine[]): number {
  let count = 0;
  for (const line of lines) if (line.piece === undefined || line.piece.column === 0) count++;
  return count;
}
