import type { Finding, ScanReport } from '../model/finding';
import type { Severity } from '../model/severity';
import type { ReportOptions, ReportingTool } from './reporter';

/**
 * GitLab's security report schemas (gitlab-org/security-products/security-report-schemas), the
 * secret detection one: GitLab validates a report against the version it declares and drops one
 * that fails. 15.2 is the model GitLab's own secrets analyzer writes; an instance that vendors a
 * later patch of 15.2 validates against that ("Security report validation").
 */
export const GITLAB_SCHEMA_VERSION = '15.2.1';
const SCHEMA_URI = `https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v${GITLAB_SCHEMA_VERSION}/dist/secret-detection-report-format.json`;

/** The schema's severity enum is Info, Unknown, Low, Medium, High, Critical. */
const SEVERITY: Readonly<Record<Severity, string>> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

/** The schema caps `solution` at 7,000 characters and `name` at 255. */
const SOLUTION_LIMIT = 7000;
const NAME_LIMIT = 255;

/**
 * GitLab's own secrets analyzer writes this for a secret found outside any commit (a work tree or a
 * pipe), since `location.commit.sha` is required.
 */
const NO_COMMIT = '0000000';

/**
 * The `secret_detection` report (`artifacts:reports:secret_detection`): GitLab shows its
 * vulnerabilities in the merge request and the pipeline's Security tab. It holds no secret: no
 * `raw_source_code_extract` (GitLab reads it as the leaked value itself), the description shows the
 * redacted match. Files not scanned are the scan's warnings: they say what this run did not see.
 */
export function renderGitlab(report: ScanReport, { tool, scanTimes = processTimes() }: Pick<ReportOptions, 'tool' | 'scanTimes'>): string {
  const log = {
    version: GITLAB_SCHEMA_VERSION,
    schema: SCHEMA_URI,
    scan: {
      analyzer: component(tool),
      scanner: component(tool),
      type: 'secret_detection',
      start_time: gitlabTime(scanTimes.start),
      end_time: gitlabTime(scanTimes.end),
      status: 'success',
      messages: report.notScanned.map((entry) => ({ level: 'warn', value: `Not scanned: ${entry.file}: ${entry.reason}.` })),
    },
    vulnerabilities: report.findings.map(toVulnerability),
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function component(tool: ReportingTool) {
  return { id: tool.name, name: tool.name, url: tool.informationUri, version: tool.version, vendor: { name: tool.name } };
}

function toVulnerability(finding: Finding) {
  return {
    // The finding's fingerprint (model/fingerprint: rule, file, redacted line, never the secret):
    // the same leak keeps its id from pipeline to pipeline.
    id: finding.fingerprint,
    name: finding.description.slice(0, NAME_LIMIT),
    description: `${finding.description}: ${finding.match}`,
    severity: SEVERITY[finding.severity],
    solution: finding.fix.slice(0, SOLUTION_LIMIT),
    identifiers: [{ type: 'leakguard_rule_id', name: `leakguard rule ${finding.ruleId}`, value: finding.ruleId }],
    location: {
      file: finding.file,
      start_line: finding.line,
      end_line: finding.line,
      commit: { sha: finding.commit?.sha ?? NO_COMMIT, ...(finding.commit ? { message: finding.commit.subject } : {}) },
    },
  };
}

/** `yyyy-mm-ddThh:mm:ss` in UTC, the schema's pattern: no fraction, no zone. */
function gitlabTime(date: Date): string {
  return date.toISOString().slice(0, 19);
}

/** The scan runs in this process, from its start (a CLI run scans, renders and ends) until now. */
function processTimes(): { start: Date; end: Date } {
  const end = new Date();
  return { start: new Date(end.getTime() - Math.round(process.uptime() * 1000)), end };
}
