import { createColors } from 'picocolors';
import type { CommitInfo, Finding, ScanReport } from '../model/finding';
import type { ReportOptions } from './reporter';

/**
 * Findings grouped by file, each with its rule, location, masked line and fix; one secret found in
 * several places (same rule, same secret) is one block after them that lists its places and gives
 * the fix once. Returns text; prints nothing.
 */
export function renderText(report: ScanReport, options: Pick<ReportOptions, 'useColor' | 'verbose'>): string {
  const colors = createColors(options.useColor);
  const { alone, repeated } = splitBySecret(report.findings);
  const sections = [...groupByFile(alone).map(([file, findings]) => renderFile(file, findings, colors)), ...repeated.map((places) => renderSameSecret(places, colors))];
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
      `  ${colors.yellow(locationOf(finding))}  ${ruleLine(finding, colors)}`,
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

/**
 * One block for one secret in several places: its rule once, then a line per place (a commit's line
 * above the places it adds), then the fix once. Nine copies of a token used to print nine blocks
 * with the same fix, ninety lines to read for one thing to do.
 */
function renderSameSecret(places: readonly Finding[], colors: Colors): string {
  const first = places[0] as Finding;
  const files = new Set(places.map((finding) => finding.file)).size;
  const lines = [`${colors.bold(colors.red(first.ruleId))}  ${first.description}  ${colors.dim(ratingOf(first))}`, `  the same secret, ${first.match}, in ${places.length} places${files === places.length ? '' : ` of ${files} ${files === 1 ? 'file' : 'files'}`}:`];
  let commit: CommitInfo | undefined;
  for (const place of places.slice(0, MAX_SHOWN_PER_FILE)) {
    if (place.commit !== undefined && place.commit.sha !== commit?.sha) lines.push(`    ${colors.magenta(commitLabel(place.commit))} ${place.commit.subject}`);
    commit = place.commit;
    lines.push(`    ${colors.yellow(`${colors.bold(place.file)}:${locationOf(place)}`)}  ${colors.dim(place.preview.trim())}  ${colors.dim(`fingerprint ${place.fingerprint}`)}`);
  }
  const unshown = places.length - MAX_SHOWN_PER_FILE;
  if (unshown > 0) lines.push(colors.yellow(`    … and ${unshown} more places (--format json lists them all)`));
  lines.push(`  ${colors.cyan('fix:')} ${first.fix}`);
  return lines.join('\n') + '\n';
}

function ruleLine(finding: Finding, colors: Colors): string {
  return `${colors.red(finding.ruleId)}  ${finding.description}  ${colors.dim(ratingOf(finding))}`;
}

/**
 * Both scales say high, medium or low, so each value is named: `[high, high confidence]` left the
 * reader guessing which was which. `leakguard rules` prints the same two columns under these names.
 */
function ratingOf(finding: Finding): string {
  return `severity ${finding.severity} · confidence ${finding.confidence}`;
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

/**
 * The findings whose secret is found once, and, in order of their first place, the groups of those
 * found more than once (Finding.sameSecret): the same secret in two files, in two commit messages,
 * or twice in one file.
 */
function splitBySecret(findings: readonly Finding[]): { alone: Finding[]; repeated: Finding[][] } {
  const bySecret = groupBy(findings, (finding) => finding.sameSecret);
  const isRepeated = (finding: Finding): boolean => finding.sameSecret !== undefined && (bySecret.get(finding.sameSecret)?.length ?? 0) > 1;
  return { alone: findings.filter((finding) => !isRepeated(finding)), repeated: [...bySecret.values()].filter((places) => places.length > 1) };
}

function groupByFile(findings: readonly Finding[]): [string, Finding[]][] {
  return [...groupBy(findings, (finding) => finding.file).entries()];
}

/** The findings under each key, in order of first appearance; a finding without a key is left out. */
function groupBy(findings: readonly Finding[], keyOf: (finding: Finding) => string | undefined): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = keyOf(finding);
    if (key === undefined) continue;
    const same = groups.get(key);
    if (same) same.push(finding);
    else groups.set(key, [finding]);
  }
  return groups;
}
