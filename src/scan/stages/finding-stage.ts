import type { BaselineFilter } from '../../baseline/baseline-filter';
import { fingerprintedText, type BaselineIdentity } from '../../baseline/baseline-identity';
import type { Detector } from '../../detect/detector';
import type { FileMatch } from '../../detect/find-sensitive-file';
import type { SecretFinder } from '../../detect/find-secrets';
import type { FileDetector } from '../../detect/file-detector';
import type { FileDiff } from '../../model/added-line';
import type { Finding } from '../../model/finding';
import { localSecretKey } from '../../model/local-secret-key';
import type { RawMatch } from '../../model/raw-match';
import type { Span } from '../../model/redact';
import { CommitFindings } from '../commit-findings';
import { FindingIdentities } from '../finding-identities';
import { toFileFinding, toFinding, toSecretLineFinding, withByteOffset, type FindingDraft } from '../to-finding';

/** What a file rule reports for one file (per commit). */
interface FileFindings {
  /** One finding for the whole file, rather than credential lines. */
  readonly isWholeFile: boolean;
  readonly findings: readonly Finding[];
}

/**
 * The last stage: what is reported, each finding with its commit (from commits: only at the first
 * commit that adds it) and its fingerprint.
 */
export class FindingStage {
  private readonly findings: Finding[] = [];
  /**
   * What the file rules report, kept apart until the content findings are all known: one file-level
   * finding, or, where the baseline accepts the file, the credential lines added to it since.
   */
  private readonly fileFindings: FileFindings[] = [];
  private readonly commits: CommitFindings;
  private readonly identities: FindingIdentities;
  private readonly detectorsById: ReadonlyMap<string, Detector>;

  constructor(
    finder: SecretFinder,
    detectors: readonly Detector[],
    baseline: BaselineFilter | undefined,
    private readonly onFinding: ((finding: Finding, identity: BaselineIdentity) => void) | undefined,
  ) {
    this.commits = new CommitFindings(finder);
    this.identities = new FindingIdentities(baseline);
    this.detectorsById = new Map(detectors.map((detector) => [detector.id, detector]));
  }

  get count(): number {
    return this.findings.length;
  }

  /** A content rule's match; `lineSpans` are every match on its line, for the preview to redact. */
  addMatch(batch: FileDiff, match: RawMatch, lineSpans: readonly Span[]): void {
    const draft = withByteOffset(toFinding(match, this.detectorsById.get(match.ruleId) as Detector, lineSpans), batch, match);
    this.findings.push(...this.reported(draft, batch, match));
  }

  /** A file rule's match, reported as the whole file. */
  addWholeFile(batch: FileDiff, match: FileMatch): void {
    this.fileFindings.push({ isWholeFile: true, findings: this.reported(toFileFinding(match), batch, { ruleId: match.detector.id, file: match.file }) });
  }

  /** The credential lines of a file the baseline accepts, added since. */
  addSecretLines(batch: FileDiff, detector: FileDetector, lines: readonly RawMatch[]): void {
    this.fileFindings.push({ isWholeFile: false, findings: lines.flatMap((line) => this.reported(toSecretLineFinding(line, detector), batch, line)) });
  }

  /**
   * Every finding. One leak, one finding: a file in which a content rule reports a line is already
   * blocked, at that line, with that rule's fix. The file-level finding is for what no line shows (a
   * binary key store, a .env of plain passwords), so it is dropped where the file has content
   * findings; a credential line, where that line has one.
   */
  all(): Finding[] {
    const filesWithFindings = new Set(this.findings.map((finding) => finding.file));
    const linesWithFindings = new Set(this.findings.map(placeOf));
    const fileFindings = this.fileFindings.flatMap(({ isWholeFile, findings }) =>
      findings.filter((finding) => (isWholeFile ? !filesWithFindings.has(finding.file) : !linesWithFindings.has(placeOf(finding)))),
    );
    return [...this.findings, ...fileFindings];
  }

  /**
   * The finding as the report lists it, with its fingerprint: from commits, only at the first commit
   * that adds it; from a message, in every message that holds it.
   */
  private reported(draft: FindingDraft, batch: FileDiff, identity: BaselineIdentity): Finding[] {
    const commit = batch.commit;
    const sameSecret = localSecretKey(identity.ruleId, fingerprintedText(identity));
    let reported: FindingDraft | undefined = { ...draft, sameSecret };
    if (commit !== undefined) {
      reported = batch.isMessage ? this.commits.attachToMessage(reported, commit) : this.commits.attach(reported, commit, sameSecret);
    }
    if (reported === undefined) return [];
    const finding = this.identities.identify(reported, identity);
    this.onFinding?.(finding, identity);
    return [finding];
  }
}

/** A finding's line, in its commit: where a content finding and a credential line would repeat each other. */
const placeOf = (finding: Finding): string => `${finding.commit?.sha ?? ''}\0${finding.file}\0${finding.line}`;
