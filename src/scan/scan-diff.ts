import { applyAllowlists, type ValueAllowlist } from '../allow/apply-allowlists';
import type { BaselineFilter } from '../baseline/baseline-filter';
import type { PathPredicate } from '../allow/path-ignore';
import type { Detector } from '../detect/detector';
import type { FileDetector } from '../detect/file-detector';
import { findSensitiveFile } from '../detect/find-sensitive-file';
import { createSecretFinder, type SecretFinder } from '../detect/find-secrets';
import { parseDiffStream } from '../diff/parse-diff-stream';
import type { AddedLine, FileDiff } from '../model/added-line';
import type { CommitInfo, Finding, NotScannedFile, ScanReport, SuppressionReason, UnscannablePolicy } from '../model/finding';
import { localSecretKey } from '../model/local-secret-key';
import type { RawMatch } from '../model/raw-match';
import { mergeSpans, type Span } from '../model/redact';
import { withBlobContent, type BlobStageContext } from './blob-stage';
import { CommitFindings } from './commit-findings';
import { FindingIdentities } from './finding-identities';
import { fileIdentity, toFileFinding, toFinding, toSecretLineFinding, type FindingDraft } from './to-finding';

/** Lines of the next batch a multi-line secret (a PEM block) may reach into. */
const LOOKAHEAD_LINES = 64;

export interface DiffScanContext extends BlobStageContext {
  readonly detectors: readonly Detector[];
  /** The config's `unscannable`: whether a file that could not be read whole blocks. */
  readonly unscannable: UnscannablePolicy;
  /** Rules that report a file by its name (key stores, .env with values), binary files included. */
  readonly fileRules: readonly FileDetector[];
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

/** A file a diff showed as a rename, to be read whole: in the staged change or in `commit`. */
export interface WholeFileRequest {
  readonly file: string;
  readonly commit?: CommitInfo;
}

/** The requested files as batches in which every line is added (a diff without rename detection). */
export type WholeFileReader = (requests: readonly WholeFileRequest[]) => AsyncIterable<readonly FileDiff[]>;

/**
 * Parses a stream of unified diff text, batch by batch, into a report. Memory stays bounded. A diff
 * can show renames, so its source says how to read a renamed file whole.
 */
export function scanDiffStream(chunks: AsyncIterable<string>, context: DiffScanContext, readWholeFiles: WholeFileReader): Promise<ScanReport> {
  return scanFileBatches(parseDiffStream(chunks), context, readWholeFiles);
}

/**
 * Scans batches of added lines from any source (a diff, files of the work tree, piped text) into a
 * report. Batches of one file must arrive in order and together; each holds at most a bounded number
 * of lines, so memory stays bounded. Files moved out of hiding are read whole once the source is done.
 */
export async function scanFileBatches(source: AsyncIterable<readonly FileDiff[]>, context: DiffScanContext, readWholeFiles?: WholeFileReader): Promise<ScanReport> {
  const accumulator = new ReportAccumulator(context, readWholeFiles !== undefined);
  const scan = async (batchSource: AsyncIterable<readonly FileDiff[]>): Promise<void> => {
    for await (const batches of withBlobContent(batchSource, context)) {
      accumulator.addBatches(batches);
      context.onProgress?.(accumulator.progress());
    }
  };
  await scan(source);
  const wholeFiles = accumulator.takeWholeFileRequests();
  if (readWholeFiles !== undefined && wholeFiles.length > 0) await scan(readWholeFiles(wholeFiles));
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
  private readonly identities: FindingIdentities;
  /**
   * What the sensitive-file rules report, per file (per commit), kept apart until the content findings
   * are all known: one file-level finding, or, where the baseline accepts the file, the credential
   * lines added to it since.
   */
  private readonly fileFindings = new Map<string, FileFindings>();
  private linesScanned = 0;
  private held: FileDiff | undefined;
  /** Renamed files to read whole, by file and commit, each once however many batches it came in. */
  private readonly wholeFiles = new Map<string, WholeFileRequest>();

  constructor(
    private readonly context: DiffScanContext,
    private readonly canReadWholeFiles: boolean,
  ) {
    const finder = createSecretFinder(context.detectors);
    this.findSecrets = finder.findSecrets.bind(finder);
    this.commits = new CommitFindings(finder);
    this.identities = new FindingIdentities(context.baseline);
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
    // A message is no path: .secretignore, file-name rules and the merge filter are about files.
    if (batch.isMessage) return batch.addedLines.length === 0 ? undefined : batch;
    if (this.context.isIgnoredPath(batch.file)) {
      this.ignoredFiles.add(batch.file);
      return undefined;
    }
    this.files.add(batch.file);
    if (this.isMovedOutOfHiding(batch)) {
      this.wholeFiles.set(`${batch.file}\0${batch.commit?.sha ?? ''}`, { file: batch.file, ...(batch.commit ? { commit: batch.commit } : {}) });
      return undefined;
    }
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

  /**
   * A rename shows only the lines it changed, which is right when the old path was scanned too. Out of
   * a path .secretignore or allowlist.paths hides, or one whose secrets the baseline accepts there,
   * every line is new to the scan: `git mv fixtures/creds.txt src/` must not carry a secret past it.
   */
  private isMovedOutOfHiding(batch: FileDiff): boolean {
    const from = batch.renamedFrom;
    if (from === undefined || !this.canReadWholeFiles) return false;
    return this.context.isIgnoredPath(from) || this.context.baseline?.hasEntriesFor(from) === true;
  }

  takeWholeFileRequests(): WholeFileRequest[] {
    return [...this.wholeFiles.values()];
  }

  /**
   * From commits, like a content finding: once per file, at the first commit that makes it sensitive.
   * A file the baseline accepts stays accepted as it was, not for what is added to it later: a
   * password appended to a known .env is reported by itself.
   */
  private checkFileName(batch: FileDiff): void {
    const key = `${batch.file}\0${batch.commit?.sha ?? ''}`;
    if (this.fileFindings.has(key)) return;
    const match = findSensitiveFile(this.context.fileRules, batch);
    if (match === undefined) return;
    const baseline = this.context.baseline;
    const { kept, suppressed } = applyAllowlists(match.secretLines, this.context.allowlist);
    // Every credential line is put to the baseline, known file or not: baseline create records what it is asked.
    const newSecretLines = baseline === undefined ? [] : kept.filter((line) => !baseline.isKnown(line));
    const identity = fileIdentity(match);
    if (baseline?.isKnown(identity) !== true) {
      this.fileFindings.set(key, { isWholeFile: true, findings: this.reported(toFileFinding(match), batch, identity) });
      return;
    }
    this.countSuppressed({ ...suppressed, baseline: 1 });
    const findings = newSecretLines.flatMap((line) => this.reported(toSecretLineFinding(line, match.detector), batch, line));
    this.fileFindings.set(key, { isWholeFile: false, findings });
  }

  /**
   * One leak, one finding: a file in which a content rule reports a line is already blocked, at that
   * line, with that rule's fix. The file-level finding is for what no line shows (a binary key store,
   * a .env of plain passwords), so it is dropped where the file has content findings; a credential
   * line, where that line has one.
   */
  private fileFindingsNotRepeated(): Finding[] {
    const filesWithFindings = new Set(this.findings.map((finding) => finding.file));
    const linesWithFindings = new Set(this.findings.map(placeOf));
    return [...this.fileFindings.values()].flatMap(({ isWholeFile, findings }) =>
      findings.filter((finding) => (isWholeFile ? !filesWithFindings.has(finding.file) : !linesWithFindings.has(placeOf(finding)))),
    );
  }

  /**
   * The finding as the report lists it, with its fingerprint: from commits, only at the first commit
   * that adds it; from a message, in every message that holds it.
   */
  private reported(draft: FindingDraft, batch: FileDiff, match: RawMatch): Finding[] {
    const commit = batch.commit;
    let reported: FindingDraft | undefined = draft;
    if (commit !== undefined) reported = batch.isMessage ? this.commits.attachToMessage(draft, commit) : this.commits.attach(draft, commit, localSecretKey(match.ruleId, match.secret));
    return reported === undefined ? [] : [this.identities.identify(reported, match)];
  }

  private countSuppressed(counts: Partial<Record<SuppressionReason, number>>): void {
    for (const [reason, count] of Object.entries(counts) as [SuppressionReason, number][]) {
      this.suppressed[reason] = (this.suppressed[reason] ?? 0) + count;
    }
  }

  private scanHeld(following: readonly AddedLine[]): void {
    const batch = this.held as FileDiff;
    this.held = undefined;
    // Counts the lines of files and changes; a message is not one ("no secrets in N added lines").
    if (!batch.isMessage) this.linesScanned += countLines(batch.addedLines);
    const findSecrets = batch.isPrintableRuns ? this.printableRunFinder() : this.findSecrets;
    const matches = findSecrets(batch.addedLines, following.slice(0, LOOKAHEAD_LINES));
    if (matches.length === 0) return;
    const { kept, suppressed } = applyAllowlists(matches, this.context.allowlist);
    this.countSuppressed(suppressed);
    const spansByLine = spansOfEachLine(matches);
    for (const match of kept) {
      if (this.context.baseline?.isKnown(match)) {
        this.countSuppressed({ baseline: 1 });
        continue;
      }
      const finding = withByteOffset(toFinding(match, this.detectorOf(match), spansByLine.get(lineKey(match)) ?? []), batch, match);
      this.findings.push(...this.reported(finding, batch, match));
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

/** What a sensitive-file rule reports for one file (per commit). */
interface FileFindings {
  /** One finding for the whole file, rather than credential lines. */
  readonly isWholeFile: boolean;
  readonly findings: readonly Finding[];
}

/** A finding's line, in its commit: where a content finding and a credential line would repeat each other. */
const placeOf = (finding: Finding): string => `${finding.commit?.sha ?? ''}\0${finding.file}\0${finding.line}`;

/** A secret in a printable run is located by its byte offset in the blob as well. */
function withByteOffset(finding: FindingDraft, batch: FileDiff, match: RawMatch): FindingDraft {
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

/** Lines, not the pieces a line too long to hold whole is cut into: only a line's first piece counts. */
function countLines(lines: readonly AddedLine[]): number {
  let count = 0;
  for (const line of lines) if (line.piece === undefined || line.piece.column === 0) count++;
  return count;
}
