import type { Detector } from '../detect/detector';
import type { FileDetector } from '../detect/file-detector';
import type { FileMatch } from '../detect/find-sensitive-file';
import { confidenceOf, severityOfMatch } from '../detect/rating';
import type { Finding } from '../model/finding';
import { detached } from '../model/detached';
import type { FileDiff } from '../model/added-line';
import type { RawMatch } from '../model/raw-match';
import { redactLine, redactSecret, type Span } from '../model/redact';

/** A finding before the scan gives it its fingerprint (FindingIdentities): that needs the whole scan's count. */
export type FindingDraft = Omit<Finding, 'fingerprint'>;

/** What a finding says about its rule. */
type RuleFacts = Pick<Finding, 'description' | 'severity' | 'confidence' | 'fix'>;

/**
 * The boundary where the secret stops: a Finding keeps a redacted form only (its fingerprint is made
 * from that form, never from the secret).
 * `lineSpans` are every match on the same line (mergeSpans), so the preview redacts all of them.
 * Findings last until the report, so their texts are detached from the input they were cut from.
 */
export function toFinding(match: RawMatch, detector: Detector, lineSpans: readonly Span[]): FindingDraft {
  const facts = { description: detector.description, severity: severityOfMatch(detector, match.secret), confidence: confidenceOf(detector), fix: detector.fix };
  return findingOf(match, facts, lineSpans);
}

/** A credential line of a sensitive file (a password in .netrc), shown like a content finding. */
export function toSecretLineFinding(match: RawMatch, rule: FileDetector): FindingDraft {
  return findingOf(match, rule, [match]);
}

function findingOf(match: RawMatch, rule: RuleFacts, lineSpans: readonly Span[]): FindingDraft {
  return {
    ruleId: match.ruleId,
    description: rule.description,
    severity: rule.severity,
    confidence: rule.confidence,
    file: match.file,
    line: match.line,
    column: (match.lineColumn ?? 0) + match.start + 1,
    match: detached(redactSecret(match.secret)),
    preview: detached(redactLine(match.lineText, lineSpans, match)),
    fix: rule.fix,
  };
}

/**
 * A whole file reported by name: the preview names its kind and never shows content. Its place is
 * the rule and the path, the only identity a binary file has in a diff; moving the file is a new
 * finding.
 */
export function toFileFinding(match: FileMatch): FindingDraft {
  const rule = match.detector;
  return {
    ruleId: rule.id,
    description: rule.description,
    severity: rule.severity,
    confidence: rule.confidence,
    file: match.file,
    line: match.line,
    column: 1,
    match: `(${rule.label})`,
    preview: `(${rule.label}: the whole file is a secret)`,
    fix: rule.fix,
  };
}

/** A secret in a printable run is located by its byte offset in the blob as well. */
export function withByteOffset(finding: FindingDraft, batch: FileDiff, match: RawMatch): FindingDraft {
  if (!batch.isPrintableRuns) return finding;
  const run = batch.addedLines.find((line) => line.line === match.line)?.run;
  if (run === undefined) return finding;
  return { ...finding, byteOffset: run.byteOffset + Buffer.byteLength(match.lineText.slice(0, match.start), run.encoding) };
}
