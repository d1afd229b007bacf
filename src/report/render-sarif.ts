import type { Finding, NotScannedFile, ScanReport } from '../model/finding';
import type { Confidence, Severity } from '../model/severity';
import type { ReportOptions } from './reporter';

const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * GitHub code scanning ranks alerts by `security-severity`, a CVSS-like score: above 9.0 critical,
 * 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low ("SARIF support for code scanning", reportingDescriptor).
 */
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0' };
const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
/** GitHub's `precision` values are very-high, high, medium and low. */
const PRECISION: Readonly<Record<Confidence, string>> = { high: 'high', medium: 'medium', low: 'low' };

/**
 * A SARIF 2.1.0 log as GitHub code scanning reads it. Each rule's metadata comes from its findings
 * (a Finding carries its rule's description, severity and fix), so custom rules need nothing extra.
 * Nothing here can hold a secret: messages use the redacted match; no snippet, no end column (an end
 * column would give the secret's length, which the redaction hides on purpose).
 */
export function renderSarif(report: ScanReport, { tool }: Pick<ReportOptions, 'tool'>): string {
  const rules = rulesOf(report.findings);
  const ruleIndex = new Map(rules.map((finding, index) => [finding.ruleId, index]));
  const log = {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { ...tool, rules: rules.map(toReportingDescriptor) } },
        ...(report.notScanned.length > 0 ? { invocations: [notScannedInvocation(report)] } : {}),
        // Locations are relative to the repository root, which the uploader knows as %SRCROOT%.
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((finding) => toResult(finding, ruleIndex.get(finding.ruleId) as number)),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** The first finding of each rule, in order of appearance: it stands for the rule's metadata. */
function rulesOf(findings: readonly Finding[]): Finding[] {
  const byRule = new Map<string, Finding>();
  for (const finding of findings) if (!byRule.has(finding.ruleId)) byRule.set(finding.ruleId, finding);
  return [...byRule.values()];
}

function toReportingDescriptor(finding: Finding) {
  const allowHelp = `If it is not a real secret, add a \`leakguard:allow ${finding.ruleId}\` comment on the line or list the file in .secretignore.`;
  return {
    id: finding.ruleId,
    name: pascalCase(finding.ruleId),
    shortDescription: { text: finding.description },
    fullDescription: { text: `${finding.description}: a credential committed to the repository.` },
    help: {
      text: `${finding.fix}\n\n${allowHelp}`,
      markdown: `**How to fix:** ${finding.fix}\n\nRemoving it from the file does not make a pushed secret safe again: rotate it.\n\n${allowHelp}`,
    },
    defaultConfiguration: { level: LEVEL[finding.severity] },
    properties: {
      tags: ['security', 'secret'],
      precision: PRECISION[finding.confidence],
      'security-severity': SECURITY_SEVERITY[finding.severity],
    },
  };
}

function toResult(finding: Finding, ruleIndex: number) {
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: `${finding.description}: ${finding.match}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(finding.file), uriBaseId: '%SRCROOT%' },
          // A binary file has no lines: its region is a byte offset (SARIF 2.1.0 §3.30.2, "binary region").
          region: finding.byteOffset === undefined ? { startLine: finding.line, startColumn: finding.column } : { byteOffset: finding.byteOffset },
        },
      },
    ],
    // The finding's fingerprint (model/fingerprint: the rule, the file and the redacted line, never the
    // secret), so the alert stays one alert when lines move around it. v1 was a hash of the secret: a
    // new name, since the values are not comparable (SARIF 2.1.0 §3.27.17: versioned fingerprint names).
    partialFingerprints: { 'leakguardFingerprint/v2': finding.fingerprint },
    properties: {
      severity: finding.severity,
      confidence: finding.confidence,
      ...(finding.commit ? { commit: { sha: finding.commit.sha, subject: finding.commit.subject, ...(finding.commit.tag === undefined ? {} : { tag: finding.commit.tag }) } } : {}),
    },
  };
}

/**
 * Files the scan could not read whole are a fact about this run, not an alert about the code: they
 * are the invocation's tool execution notifications (SARIF 2.1.0 §3.20.21), each located at its
 * file, an error when they block the scan ("unscannable": "block") and a warning when they do not.
 * A result would open a code scanning alert that fixing the code cannot close.
 */
function notScannedInvocation(report: ScanReport) {
  const level = report.unscannable === 'block' ? 'error' : 'warning';
  return {
    executionSuccessful: true,
    toolExecutionNotifications: report.notScanned.map((entry: NotScannedFile) => ({
      descriptor: { id: 'not-scanned' },
      level,
      message: { text: `Not scanned: ${entry.reason}.` },
      locations: [{ physicalLocation: { artifactLocation: { uri: toUri(entry.file), uriBaseId: '%SRCROOT%' } } }],
      ...(entry.commit ? { properties: { commit: { sha: entry.commit.sha, subject: entry.commit.subject } } } : {}),
    })),
  };
}

/** A repository path as a relative URI reference: each segment percent-encoded, the slashes kept. */
function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function pascalCase(id: string): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}
