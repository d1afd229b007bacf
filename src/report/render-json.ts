import { isBlocking, type ScanReport } from '../model/finding';

/**
 * The machine-readable report. `match` is already redacted: a Finding cannot hold the secret. The
 * field list is part of the interface; add fields, never rename them.
 */
export function renderJson(report: ScanReport): string {
  const findings = report.findings.map(({ ruleId, description, severity, confidence, file, line, column, match, fingerprint, commit, byteOffset }) => ({
    ruleId,
    description,
    severity,
    confidence,
    file,
    line,
    column,
    match,
    fingerprint,
    ...(byteOffset !== undefined ? { byteOffset } : {}),
    ...(commit ? { commit: { sha: commit.sha, subject: commit.subject, ...(commit.tag === undefined ? {} : { tag: commit.tag }) } } : {}),
  }));
  const notScanned = report.notScanned.map(({ file, reason, commit }) => ({ file, reason, ...(commit ? { commit: { sha: commit.sha, subject: commit.subject } } : {}) }));
  const summary = {
    findings: report.findings.length,
    filesScanned: report.filesScanned,
    linesScanned: report.linesScanned,
    suppressed: report.suppressed,
    ignoredFiles: report.ignoredFiles.length,
    binaryFiles: report.binaryFiles.length,
    notScanned: report.notScanned.length,
    blocked: isBlocking(report),
    ...(report.commitsScanned !== undefined ? { commitsScanned: report.commitsScanned } : {}),
  };
  return JSON.stringify({ findings, notScanned, summary }, null, 2) + '\n';
}
