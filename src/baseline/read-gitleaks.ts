import { normalizedPath, shownName, type ImportedEntry } from './imported-entry';

const COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const LINE = /^[1-9][0-9]{0,8}$/;

/**
 * `.gitleaksignore` (gitleaks detect/detect.go, AddGitleaksIgnore): one fingerprint a line,
 * `file:rule-id:start-line` or `commit:file:rule-id:start-line`, `\` read as `/`; blank lines and
 * lines starting with `#` are skipped. Each is a finding someone decided to ignore: accepted.
 */
export function readGitleaksIgnore(text: string, unreadable: string[]): ImportedEntry[] {
  return text.split('\n').flatMap((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return [];
    const entry = fingerprintEntry(line, `line ${index + 1}`, 'accepted');
    if (entry === undefined) unreadable.push(`line ${index + 1}: not a gitleaks fingerprint (file:rule:line or commit:file:rule:line)`);
    return entry === undefined ? [] : [entry];
  });
}

function fingerprintEntry(fingerprint: string, at: string, verdict: ImportedEntry['verdict']): ImportedEntry | undefined {
  const parts = fingerprint.split(':');
  const line = parts.pop() ?? '';
  const rule = parts.pop();
  const commit = parts.length > 1 && COMMIT.test(parts[0] as string) ? parts.shift() : undefined;
  const file = parts.join(':');
  if (!LINE.test(line) || rule === undefined || file === '') return undefined;
  return { at, file: normalizedPath(file), line: Number(line), kind: shownName(rule), verdict, ...(commit === undefined ? {} : { commit }) };
}

/**
 * A gitleaks report (`--report-format json`, report/finding.go): a list of findings with `RuleID`,
 * `File`, `StartLine`, `Commit`. Only those are read: `Secret` and `Match` hold the secret in full
 * (unless gitleaks ran with --redact) and are never touched. A report is what was found, not what
 * anyone decided: its entries are unreviewed.
 */
export function readGitleaksReport(findings: readonly unknown[], unreadable: string[]): ImportedEntry[] {
  return findings.flatMap((finding, index) => {
    const fields = (typeof finding === 'object' && finding !== null ? finding : {}) as Record<string, unknown>;
    const { File: file, StartLine: line, RuleID: rule, Commit: commit } = fields;
    if (typeof file !== 'string' || file === '' || typeof line !== 'number' || !LINE.test(String(line))) {
      unreadable.push(`[${index}]: no "File" and "StartLine"`);
      return [];
    }
    const entry: ImportedEntry = { at: `[${index}]`, file: normalizedPath(file), line, kind: shownName(rule), verdict: 'unreviewed' };
    return [typeof commit === 'string' && COMMIT.test(commit) ? { ...entry, commit } : entry];
  });
}
