import { createColors } from 'picocolors';
import type { CommitInfo, Finding, ScanReport } from '../model/finding';
import type { ReportOptions } from './reporter';

/** Findings grouped by file, each with its rule, location, masked line and fix. Returns text; prints nothing. */
export function renderText(report: ScanReport, options: Pick<ReportOptions, 'useColor' | 'verbose'>): string {
  const colors = createColors(options.useColor);
  const sections = groupByFile(report.findings).map(([file, findings]) => renderFile(file, findings, colors));
  const skipped = options.verbose ? renderSkipped(report, colors) : [];
  return [...sections, ...renderNotScanned(report, colors), ...skipped].join('\n');
}

type Colors = ReturnType<typeof createColors>;

/**
 * A person reads the text report: past this many findings in one file (a generated or vendored file,
 * a dump) more of them help nobody, so the rest are counted. `--format json` lists every one.
 */
const MAX_SHOWN_PER_FILE = 50;
/** As `git log --oneline` shows a commit in a small repository; the JSON report has the full sha. */
const SHORT_SHA = 7;

function renderFile(file: string, findings: readonly Finding[], colors: Colors): string {
  const lines = [colors.bold(colors.underline(file))];
  for (const finding of findings.slice(0, MAX_SHOWN_PER_FILE)) {
    lines.push(
      `  ${colors.yellow(locationOf(finding))}  ${colors.red(finding.ruleId)}  ${finding.description}  ${colors.dim(`[${finding.severity}, ${finding.confidence} confidence]`)}`,
      ...(finding.commit ? [`      ${colors.magenta(commitLabel(finding.commit))} ${finding.commit.subject}`] : []),
      `      ${colors.dim(finding.preview.trim())}`,
      `      ${colors.cyan('fix:')} ${finding.fix}`,
      `      ${colors.dim(`fingerprint ${finding.fingerprint}`)}`,
    );
  }
  const unshown = findings.length - MAX_SHOWN_PER_FILE;
  if (unshown > 0) lines.push(colors.yellow(`  … and ${unshown} more findings in this file (--format json lists them all)`));
  return lines.join('\n') + '\n';
}

/** `commit 1a2b3c4`, or for an annotated tag `tag v1.0 1a2b3c4` (the tag object's sha). */
function commitLabel(commit: CommitInfo): string {
  const sha = commit.sha.slice(0, SHORT_SHA);
  return commit.tag === undefined ? `commit ${sha}` : `tag ${commit.tag} ${sha}`;
}

/** `line:column`; in a binary, the secret's byte offset and the printable run it is in. */
function locationOf(finding: Finding): string {
  return finding.byteOffset === undefined ? `${finding.line}:${finding.column}` : `byte ${finding.byteOffset} (run ${finding.line})`;
}

/** Always shown, not only with --verbose: what the scan did not see is part of its result. */
function renderNotScanned(report: ScanReport, colors: Colors): string[] {
  if (report.notScanned.length === 0) return [];
  const lines = report.notScanned.map(
    ({ file, reason, commit }) => `  ${colors.bold(file)}${commit ? ` ${colors.magenta(`(commit ${commit.sha.slice(0, SHORT_SHA)})`)}` : ''}: ${reason}`,
  );
  return [[colors.yellow('Not scanned:'), ...lines].join('\n') + '\n'];
}

function renderSkipped(report: ScanReport, colors: Colors): string[] {
  const lines = [
    ...report.binaryFiles.map((file) => colors.dim(`binary to git, read from its blob: ${file}`)),
    ...report.ignoredFiles.map((file) => colors.dim(`ignored by .secretignore or allowlist.paths: ${file}`)),
  ];
  return lines.length === 0 ? [] : [lines.join('\n') + '\n'];
}

function groupByFile(findings: readonly Finding[]): [string, Finding[]][] {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const same = byFile.get(finding.file);
    if (same) same.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  return [...byFile.entries()];
}
