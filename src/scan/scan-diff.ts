import { applyAllowlists, type ValueAllowlist } from '../allow/apply-allowlists';
import type { BaselineFilter } from '../allow/baseline-filter';
import type { PathPredicate } from '../allow/path-ignore';
import type { Detector } from '../detect/detector';
import { findSensitiveFile } from '../detect/find-sensitive-file';
import { createSecretFinder, type SecretFinder } from '../detect/find-secrets';
import type { SensitiveFileRule } from '../detect/sensitive-files';
import { parseDiffStream } from '../diff/parse-diff-stream';
import type { AddedLine, FileDiff } from '../model/added-line';
import type { Finding, NotScannedFile, ScanReport, SuppressionReason, UnscannablePolicy } from '../model/finding';
import type { RawMatch } from '../model/raw-match';
import { mergeSpans, type Span } from '../model/redact';
import { withBlobContent, type BlobStageContext } from './blob-stage';
import { CommitFindings } from './commit-findings';
import { fileIdentity, toFileFinding, toFinding } from './to-finding';

/** Lines of the next batch a multi-line secret (a PEM block) may reach into. */
const LOOKAHEAD_LINES = 64;

export interface DiffScanContext extends BlobStageContext {
  readonly detectors: readonly Detector[];
  /** The config's `unscannable`: whether a file that could not be read whole blocks. */
  readonly unscannable: UnscannablePolicy;
  /** Rules that report a file by its name (key stores, .env with values), binary files included. */
  readonly fileRules: readonly SensitiveFileRule[];
  readonly isIgnoredPath: PathPredicate;
  readonly allowlist: ValueAllowlist;
  /** Findings the baseline file already knows: not reported (unless marked must-fix), only counted. */
  readonly baseline?: BaselineFilter;
  /** Drops added lines that are not really new (during a merge: present on the other side). */
  readonly isNewLine?: (line: AddedLine) => boolean;
  /** Told how far the scan has got, after each piece of git's output: the CLI may show it. */
  readonly onProgress?: (progress: ScanProgress) => void;
}

export interface ScanProgress {
  readonly commits: number;
  readonly files: number;
  readonly lines: number;
  readonly findings: number;
}

/** Parses a stream of unified diff text, batch by batch, into a report. Memory stays bounded. */
export function scanDiffStream(chunks: AsyncIterable<string>, context: DiffScanContext): Promise<ScanReport> {
  return scanFileBatches(parseDiffStream(chunks), context);
}

/**
 * Scans batches of added lines from any source (a diff, files of the work tree, piped text) into a
 * report. Batches of one file must arrive in order and together; each holds at most a bounded number
 * of lines, so memory stays bounded.
 */
export async function scanFileBatches(source: AsyncIterable<readonly FileDiff[]>, context: DiffScanContext): Promise<ScanReport> {
  const accumulator = new ReportAccumulator(context);
  for await (const batches of withBlobContent(source, context)) {
    accumulator.addBatches(batches);
    context.onProgress?.(accumulator.progress());
  }
  return accumulator.finish();
}

/**
 * Holds one batch back until the next arrives, so the held batch can be scanned with the first lines
 * of its successor as lookahead when both belong to the same file.
 */
class ReportAccumulator {
  private readonly findSecrets;
  private findInPrintableRuns: SecretFinder['findSecrets'] | undefined;
  private readonly findings: Finding[] = [];
  private readonly suppressed: Partial<Record<SuppressionReason, number>> = {};
  private readonly files = new Set<string>();
  private readonly ignoredFiles = new Set<string>();
  private readonly binaryFiles = new Set<string>();
  private readonly notScanned: NotScannedFile[] = [];
  private readonly detectorsById: ReadonlyMap<string, Detector>;
  private readonly commits: CommitFindings;
  /**
   * At most one file-level finding per file (per commit), kept apart until the content findings are
   * all known; null for a file already checked whose finding the baseline knows.
   */
  private readonly fileFindings = new Map<string, Finding | null>();
  private linesScanned = 0;
  private held: FileDiff | undefined;

  constructor(private readonly context: DiffScanContext) {
    const finder = createSecretFinder(context.detectors);
    this.findSecrets = finder.findSecrets.bind(finder);
    this.commits = new CommitFindings(finder);
    this.detectorsById = new Map(context.detectors.map((detector) => [detector.id, detector]));
  }

  progress(): ScanProgress {
    return { commits: this.commits.commitsSeen, files: this.files.size, lines: this.linesScanned, findings: this.findings.length };
  }

  addBatches(batches: readonly FileDiff[]): void {
    for (const batch of batches) {
      const batchToScan = this.accept(batch);
      if (batchToScan === undefined) continue;
      if (this.held !== undefined) this.scanHeld(isSameFile(this.held, batchToScan) ? batchToScan.addedLines : []);
      this.held = batchToScan;
    }
  }

  finish(): ScanReport {
    if (this.held !== undefined) this.scanHeld([]);
    return {
      findings: [...this.findings, ...this.fileFindingsNotRepeated()],
      suppressed: this.suppressed,
      filesScanned: this.files.size,
      linesScanned: this.linesScanned,
      ignoredFiles: [...this.ignoredFiles],
      binaryFiles: [...this.binaryFiles],
      notScanned: this.notScanned,
      unscannable: this.context.unscannable,
      ...(this.commits.commitsSeen > 0 ? { commitsScanned: this.commits.commitsSeen } : {}),
    };
  }

  /** Records the batch's file and returns the batch if it has lines to scan. */
  private accept(batch: FileDiff): FileDiff | undefined {
    if (batch.commit !== undefined) this.commits.see(batch.commit);
    if (this.context.isIgnoredPath(batch.file)) {
      this.ignoredFiles.add(batch.file);
      return undefined;
    }
    this.files.add(batch.file);
    if (batch.isBinary) this.binaryFiles.add(batch.file);
    if (batch.notScanned !== undefined) {
      this.notScanned.push({ file: batch.file, reason: batch.notScanned, ...(batch.commit ? { commit: batch.commit } : {}) });
      return undefined;
    }
    const isNewLine = this.context.isNewLine;
    const addedLines = isNewLine ? batch.addedLines.filter(isNewLine) : batch.addedLines;
    this.checkFileName({ ...batch, addedLines });
    return addedLines.length === 0 ? undefined : { ...batch, addedLines };
  }

  /** From commits, like a content finding: once per file, at the first commit that makes it sensitive. */
  private checkFileName(batch: FileDiff): void {
    const key = `${batch.file}\0${batch.commit?.sha ?? ''}`;
    if (this.fileFindings.has(key)) return;
    const match = findSensitiveFile(this.context.fileRules, batch);
    if (match === undefined) return;
    if (this.context.baseline?.isKnown(fileIdentity(match))) {
      this.suppressed.baseline = (this.suppressed.baseline ?? 0) + 1;
      this.fileFindings.set(key, null);
      return;
    }
    const finding = toFileFinding(match);
    const reported = batch.commit === undefined ? finding : this.commits.attach(finding, batch.commit);
    if (reported !== undefined) this.fileFindings.set(key, reported);
  }

  /**
   * One leak, one finding: a file in which a content rule reports a line is already blocked, at that
   * line, with that rule's fix. The file-level finding is for what no line shows (a binary key store,
   * a .env of plain passwords), so it is dropped where the file has content findings.
   */
  private fileFindingsNotRepeated(): Finding[] {
    const filesWithFindings = new Set(this.findings.map((finding) => finding.file));
    return [...this.fileFindings.values()].filter((fileFinding): fileFinding is Finding => fileFinding !== null && !filesWithFindings.has(fileFinding.file));
  }

  private scanHeld(following: readonly AddedLine[]): void {
    const batch = this.held as FileDiff;
    this.held = undefined;
    this.linesScanned += batch.addedLines.length;
    const findSecrets = batch.isPrintableRuns ? this.printableRunFinder() : this.findSecrets;
    const matches = findSecrets(batch.addedLines, following.slice(0, LOOKAHEAD_LINES));
    if (matches.length === 0) return;
    const { kept, suppressed } = applyAllowlists(matches, this.context.allowlist);
    for (const [reason, count] of Object.entries(suppressed) as [SuppressionReason, number][]) {
      this.suppressed[reason] = (this.suppressed[reason] ?? 0) + count;
    }
    const spansByLine = spansOfEachLine(matches);
    for (const match of kept) {
      if (this.context.baseline?.isKnown(match)) {
        this.suppressed.baseline = (this.suppressed.baseline ?? 0) + 1;
        continue;
      }
      const finding = withByteOffset(toFinding(match, this.detectorOf(match), spansByLine.get(lineKey(match)) ?? []), batch, match);
      const reported = batch.commit === undefined ? finding : this.commits.attach(finding, batch.commit);
      if (reported !== undefined) this.findings.push(reported);
    }
  }

  /**
   * Printable runs of a binary are read by provider rules only: their formats (a prefix, a checksum, a
   * fixed layout) are as telling in binary soup as in text, while the generic rules (isGeneric: a
   * secret-like name next to a high-entropy value) would fire on random bytes that happen to spell
   * "key=" before noise. Built with the first binary that has runs.
   */
  private printableRunFinder(): SecretFinder['findSecrets'] {
    if (this.findInPrintableRuns === undefined) {
      const finder = createSecretFinder(this.context.detectors.filter((detector) => detector.isGeneric !== true));
      this.findInPrintableRuns = finder.findSecrets.bind(finder);
    }
    return this.findInPrintableRuns;
  }

  private detectorOf(match: RawMatch): Detector {
    return this.detectorsById.get(match.ruleId) as Detector;
  }
}

/** A secret in a printable run is located by its byte offset in the blob as well. */
function withByteOffset(finding: Finding, batch: FileDiff, match: RawMatch): Finding {
  if (!batch.isPrintableRuns) return finding;
  const run = batch.addedLines.find((line) => line.line === match.line)?.run;
  if (run === undefined) return finding;
  return { ...finding, byteOffset: run.byteOffset + Buffer.byteLength(match.lineText.slice(0, match.start), run.encoding) };
}

/** A batch continues the held one only within the same file of the same commit. */
const isSameFile = (held: FileDiff, next: FileDiff): boolean => held.file === next.file && held.commit === next.commit;

const lineKey = (match: RawMatch): string => `${match.line}\0${match.file}`;

/** The secret spans of each line, kept or allowed alike: a preview must redact all of them. */
function spansOfEachLine(matches: readonly RawMatch[]): Map<string, Span[]> {
  const byLine = new Map<string, RawMatch[]>();
  for (const match of matches) {
    const key = lineKey(match);
    const same = byLine.get(key);
    if (same) same.push(match);
    else byLine.set(key, [match]);
  }
  return new Map([...byLine].map(([key, lineMatches]) => [key, mergeSpans(lineMatches)]));
}
