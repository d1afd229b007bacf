import type { FileMatch } from '../detect/find-sensitive-file';
import { createSecretFinder } from '../detect/find-secrets';
import type { FileDiff } from '../model/added-line';
import type { ScanReport } from '../model/finding';
import type { RawMatch } from '../model/raw-match';
import { mergeSpans, type Span } from '../model/redact';
import type { ScanContext, ScanProgress } from './scan-context';
import type { ScanSource, SourceContext } from './sources/source';
import { AllowStage } from './stages/allow-stage';
import { BaselineStage } from './stages/baseline-stage';
import { DetectStage, type ContentMatches } from './stages/detect-stage';
import { FindingStage } from './stages/finding-stage';
import { PathStage } from './stages/path-stage';
import { severityFloor } from './stages/severity-floor';

/** The stages a batch goes through, in order; each keeps its own counts. */
interface Stages {
  readonly paths: PathStage;
  readonly detect: DetectStage;
  readonly allow: AllowStage;
  readonly baseline: BaselineStage;
  readonly findings: FindingStage;
  /** Whether a match is at or above --min-severity. */
  readonly meetsMinimum: (match: RawMatch) => boolean;
}

/**
 * The one pipeline every scan runs: source → paths → detect → allow → baseline → findings. Batches
 * are taken one at a time, so memory stays bounded whatever the source holds; files moved out of
 * hiding are asked of the source once it has given everything else. Prints nothing.
 */
export async function runPipeline(source: ScanSource, context: ScanContext): Promise<ScanReport> {
  const stages = createStages(context, source.readWhole !== undefined);
  const sourceContext: SourceContext = { isIgnoredPath: context.isIgnoredPath };
  await feed(source.batches(sourceContext), stages, context);
  const wholeFiles = stages.paths.takeWholeFileRequests();
  if (source.readWhole !== undefined && wholeFiles.length > 0) await feed(source.readWhole(wholeFiles, sourceContext), stages, context);
  settleContent(stages.detect.flush(), stages);
  return {
    findings: stages.findings.all(),
    suppressed: { ...stages.allow.suppressed, ...stages.baseline.suppressed },
    ...stages.paths.summary(),
    linesScanned: stages.detect.linesScanned,
    unscannable: context.unscannable,
    ...(source.readsCommits ? { commitsScanned: stages.paths.commitsSeen } : {}),
  };
}

function createStages(context: ScanContext, canReadWhole: boolean): Stages {
  const finder = createSecretFinder(context.detectors, context.automata);
  return {
    paths: new PathStage(context.isIgnoredPath, context.baseline, canReadWhole),
    detect: new DetectStage(finder, context.detectors, context.fileDetectors),
    allow: new AllowStage(context.allowlist),
    baseline: new BaselineStage(context.baseline, context.onCandidate),
    findings: new FindingStage(finder, context.detectors, context.baseline, context.onFinding),
    meetsMinimum: severityFloor(context.detectors, context.minSeverity),
  };
}

async function feed(source: AsyncIterable<readonly FileDiff[]>, stages: Stages, context: ScanContext): Promise<void> {
  for await (const batches of source) {
    for (const batch of batches) take(batch, stages);
    context.onProgress?.(progressOf(stages));
  }
}

function take(batch: FileDiff, stages: Stages): void {
  const accepted = stages.paths.accept(batch);
  if (accepted === undefined) return;
  const fileMatch = stages.detect.fileMatchOf(accepted);
  if (fileMatch !== undefined) settleFile(accepted, fileMatch, stages);
  settleContent(stages.detect.push(accepted), stages);
}

/** A content rule's matches through allow and baseline; the rest are findings. */
function settleContent(found: ContentMatches | undefined, stages: Stages): void {
  if (found === undefined || found.matches.length === 0) return;
  const spansByLine = spansOfEachLine(found.matches);
  for (const match of stages.allow.keep(found.matches.filter(stages.meetsMinimum))) {
    if (!stages.baseline.isKnown(match)) stages.findings.addMatch(found.batch, match, spansByLine.get(lineKey(match)) ?? []);
  }
}

/**
 * From commits, like a content finding: once per file, at the first commit that makes it sensitive.
 * A file the baseline accepts stays accepted as it was, not for what is added to it later: a
 * password appended to a known .env is reported by itself. Every credential line is offered to the
 * baseline, known file or not, so that `baseline create` records them all.
 */
function settleFile(batch: FileDiff, match: FileMatch, stages: Stages): void {
  const { kept, suppressed } = stages.allow.split(match.secretLines);
  const newSecretLines = kept.filter((line) => !stages.baseline.knows(line));
  if (!stages.baseline.isKnown({ ruleId: match.detector.id, file: match.file })) {
    stages.findings.addWholeFile(batch, match);
    return;
  }
  stages.allow.count(suppressed);
  stages.findings.addSecretLines(batch, match.detector, newSecretLines);
}

function progressOf(stages: Stages): ScanProgress {
  return { commits: stages.paths.commitsSeen, files: stages.paths.filesSeen, lines: stages.detect.linesScanned, findings: stages.findings.count };
}

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
