import type { ScanReport, SuppressionReason } from '../../model/finding';
import type { ScanProgress } from '../../scan/scan-context';
import type { Launcher } from '../launcher';
import { bypassLine, type HookAction } from './bypass';
import { plural } from './plural';

export function blockedHeadline(report: ScanReport, isStaged: boolean): string {
  const files = new Set(report.findings.map((finding) => finding.file)).size;
  const found = `leakguard: found ${plural(secretsIn(report), 'secret')} in ${plural(files, 'file')}`;
  return isStaged ? `${found}; the commit is blocked.\n` : `${found}.\n`;
}

/** One token pasted into nine files is one secret to rotate, in nine places (the report lists them under it). */
function secretsIn(report: ScanReport): number {
  return new Set(report.findings.map((finding, index) => finding.sameSecret ?? index)).size;
}

/** The three ways out, in the order a user should consider them; a hook's bypass for what started it. */
export function waysOut(isStaged: boolean, launcher: Launcher): string {
  const remove = isStaged
    ? '  1. Remove the secret from the file and `git add` it again; load the value from an environment\n     variable or a secret manager instead.'
    : '  1. Remove the secret from the file; load the value from an environment variable or a secret\n     manager instead.';
  return [
    'How to go on:',
    remove,
    '  2. If it was ever pushed, shared or pasted anywhere, rotate it now (see each "fix:" above):',
    '     deleting it from the file does not make a leaked secret safe again.',
    '  3. If it is not a real secret (a test fixture, a documented example), allow it: add a',
    '     `leakguard:allow` comment on that line (or `leakguard:allow-next-line` on the line above it),',
    '     or list the file in .secretignore.',
    ...(isStaged ? [bypassLine(launcher, 'commit')] : []),
    '',
  ].join('\n');
}

const SUPPRESSED_BY: Readonly<Record<SuppressionReason, string>> = {
  'inline-comment': 'inline allow comments',
  'config-allowlist': 'the config allowlist',
  baseline: 'the baseline (known findings)',
};

export function suppressedNote(report: ScanReport): string {
  const counts = Object.entries(report.suppressed).filter(([, count]) => (count ?? 0) > 0);
  if (counts.length === 0) return '';
  const parts = counts.map(([reason, count]) => `${count} by ${SUPPRESSED_BY[reason as SuppressionReason]}`);
  return `leakguard: allowed ${parts.join(', ')}.\n`;
}

/** Beside the findings, how much the scan read: what a reader needs to trust the rest was clean. */
export function readSummary(report: ScanReport, readsCommits: boolean, isStaged: boolean): string {
  const lines = plural(report.linesScanned, readsCommits || isStaged ? 'added line' : 'line');
  const commits = readsCommits ? ` of ${plural(report.commitsScanned ?? 0, 'commit')}` : '';
  return `leakguard: read ${plural(report.filesScanned, 'file')} (${lines})${commits}.\n`;
}

/** Files and piped text are read whole: their lines are not "added". */
export function cleanSummary(report: ScanReport, isStaged: boolean): string {
  return `leakguard: no secrets in ${plural(report.filesScanned, 'file')} (${plural(report.linesScanned, isStaged ? 'added line' : 'line')}).\n`;
}

/** The progress line of a scan that reads commits: what is done (of how many, once counted), how fast, and findings so far. */
export function progressText(progress: ScanProgress, seconds: number, total?: number): string {
  const rate = seconds > 0 ? Math.round(progress.commits / seconds) : 0;
  const done = total === undefined || total === 0 ? `${plural(progress.commits, 'commit')} (${rate}/s)` : `${progress.commits} of ${plural(total, 'commit')} (${Math.min(100, Math.floor((100 * progress.commits) / total))}%, ${rate}/s)`;
  return `leakguard: ${done}, ${plural(progress.files, 'file')}, ${plural(progress.lines, 'added line')}, ${plural(progress.findings, 'secret')} so far`;
}

/** For scans of commits: the headline counts commits too. */
export function commitsHeadline(report: ScanReport, isPush: boolean): string {
  const shasOf = (isTag: boolean): number => new Set(report.findings.filter((finding) => (finding.commit?.tag !== undefined) === isTag).map((finding) => finding.commit?.sha)).size;
  const [commits, tags] = [shasOf(false), shasOf(true)];
  const where = tags === 0 ? plural(commits, 'commit') : commits === 0 ? plural(tags, 'tag') : `${plural(commits, 'commit')} and ${plural(tags, 'tag')}`;
  const found = `leakguard: found ${plural(secretsIn(report), 'secret')} in ${where}`;
  return isPush ? `${found}; the push is blocked.\n` : `${found}.\n`;
}

export function cleanCommitsSummary(report: ScanReport): string {
  return `leakguard: no secrets in the ${plural(report.linesScanned, 'added line')} of ${plural(report.commitsScanned ?? 0, 'commit')}, nor in their messages.\n`;
}

/** The commit-msg hook: the commit is not made, and the message is still in the editor's file. */
export function messageHeadline(report: ScanReport): string {
  return `leakguard: found ${plural(report.findings.length, 'secret')} in the commit message; the commit is blocked.\n`;
}

export function waysOutOfMessage(launcher: Launcher): string {
  return [
    'How to go on:',
    '  1. Commit again with the secret taken out of the message: a new `git commit -m …`, or edit it',
    '     in the editor (`git commit -e -F .git/COMMIT_EDITMSG` reopens what you wrote; add --amend',
    '     when amending). A message is kept in history and shown by every `git log`.',
    '  2. If it was ever pushed, shared or pasted anywhere, rotate it now (see each "fix:" above).',
    '  3. If it is not a real secret (a documented example), allow it: add `leakguard:allow` on that',
    '     line of the message, or list the value in the config\'s allowlist.',
    bypassLine(launcher, 'commit'),
    '',
  ].join('\n');
}

export function cleanMessageSummary(): string {
  return 'leakguard: no secrets in the commit message.\n';
}

/** What a hook's failing scan stops: the commit (pre-commit) or the push (pre-push). */
export type BlockedAction = HookAction;

/** When the only thing that blocks is a file the scan could not read whole. */
export function notScannedHeadline(report: ScanReport, blocks: BlockedAction | undefined): string {
  const blocked = blocks === undefined ? '' : `; the ${blocks} is blocked`;
  return `leakguard: could not scan ${plural(report.notScanned.length, 'file')} whole${blocked}.\n`;
}

/**
 * What "Not scanned" means and the deliberate ways past it, whether it blocks or only reports; the
 * hook's bypass too when nothing else printed it (`withBypass`).
 */
export function notScannedNote(report: ScanReport, blocks: BlockedAction | undefined, withBypass: boolean, launcher: Launcher): string {
  const files = plural(report.notScanned.length, 'file');
  if (report.unscannable === 'report') {
    return `leakguard: ${files} not scanned whole (listed above); the config's "unscannable": "report" lets the scan pass anyway.\n`;
  }
  return [
    `The ${files} under "Not scanned" could hold a secret nobody has looked at, so the scan fails.`,
    'To go on: make the content readable (e.g. `git lfs fetch` for an LFS object), or, deliberately,',
    'list the path in .secretignore, or set "unscannable": "report" in the leakguard config to list',
    'such files without blocking.',
    ...(withBypass && blocks !== undefined ? [bypassLine(launcher, blocks)] : []),
    '',
  ].join('\n');
}
