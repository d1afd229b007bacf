import { BASELINE_FILE } from '../../baseline/baseline-file';
import { COMMIT_MESSAGE_FILE, TAG_MESSAGE_FILE } from '../../model/commit-line';
import type { CommitInfo, ScanReport } from '../../model/finding';
import type { Launcher } from '../launcher';
import { bypassLine } from './bypass';

/** Where a pushed branch's commits can be rewritten from, and the range of commits it sends. */
export interface RewriteTarget {
  /** The pushed branch as `git rebase` names it (`main`), or the pushed commit's short sha. */
  readonly local: string;
  /** What `git rebase -i` starts from: the remote branch (`origin/main`), a commit (`1a2b3c4~1`), or `--root`. */
  readonly base: string;
  /** The commits the push sends, for `baseline create --range` (`origin/main..main`, or `main` for all of it). */
  readonly range: string;
}

/** What the advice of a scan of commits is made of besides the report. */
export interface AdviceFacts {
  readonly launcher: Launcher;
  /** Whether the repository root has a baseline already: then `baseline create` would refuse. */
  readonly hasBaseline: boolean;
  /** A push: each pushed branch's rewrite target. */
  readonly push?: readonly RewriteTarget[];
  /** Not a push: the range that was scanned (`--range`, `--since REF` as `REF..HEAD`), when there is one. */
  readonly range?: string;
}

/** Past this many findings, `baseline add` names "<fingerprint>…" instead of every one. */
const MAX_NAMED_FINGERPRINTS = 5;
const SHORT_SHA = 7;
const MAX_NAMED_COMMITS = 3;

/**
 * A secret in a commit stays in history until that commit is rewritten: removing it later is not
 * enough, and neither is an allow comment added later. What unblocks a push: the rewritten commit,
 * a baseline entry (the pre-push scan applies the work tree's baseline), or the allow comment in the
 * commit that adds the line.
 */
export function waysOutOfCommits(report: ScanReport, advice: AdviceFacts): string {
  const files = new Set(report.findings.map((finding) => finding.file));
  return [
    'How to go on:',
    ...rewriteSteps(report, advice.push),
    ...(files.has(COMMIT_MESSAGE_FILE) ? ['     A secret in a commit message: `reword` each commit named above in `git rebase -i`.'] : []),
    ...(files.has(TAG_MESSAGE_FILE) ? ['     A secret in a tag message: write the tag again, `git tag -f -a <tag> <commit>`.'] : []),
    '  2. If it was ever pushed, shared or pasted anywhere, rotate it now (see each "fix:" above).',
    '  3. If it is not a real secret (a test fixture, a documented example), allow it where this scan',
    `     reads it. Record it in the baseline (${BASELINE_FILE}; commit it, so that your team's scans know it too):`,
    ...baselineCommands(report, advice),
    '     Or put a `leakguard:allow` comment on its line in the commit that adds it (edit that commit in',
    '     `git rebase -i`): a new commit with the comment does NOT unblock it, the older commit still has the line.',
    ...(advice.push === undefined ? [] : [bypassLine(advice.launcher, 'push')]),
    '',
  ].join('\n');
}

function rewriteSteps(report: ScanReport, push: readonly RewriteTarget[] | undefined): string[] {
  const commits = addingCommits(report);
  const named = commits.slice(0, MAX_NAMED_COMMITS).map((commit) => `${commit.sha.slice(0, SHORT_SHA)} "${commit.subject}"`);
  const which = named.length === 0 ? 'the commit that adds it' : `the commit that adds it (${named.join(', ')}${commits.length > named.length ? ', …' : ''})`;
  const lines = [`  1. Remove the secret from ${which},`, '     not only from the latest version: every commit is kept. Rewrite the commits:'];
  const targets = push ?? [];
  if (targets.length === 0) lines.push('       git rebase -i <the remote branch>');
  for (const target of targets) lines.push(`       git rebase -i ${target.base}${targets.length > 1 ? `    (for ${target.local})` : ''}`);
  lines.push('     mark that commit `edit`, remove the secret, `git commit --amend`, `git rebase --continue`;', '     load the value from an environment variable instead.');
  return lines;
}

/** The commits (not tags) that add the findings, once each, in the order the report lists them. */
function addingCommits(report: ScanReport): CommitInfo[] {
  const bySha = new Map<string, CommitInfo>();
  for (const { commit } of report.findings) if (commit !== undefined && commit.tag === undefined && !bySha.has(commit.sha)) bySha.set(commit.sha, commit);
  return [...bySha.values()];
}

/** `baseline add` of the findings' fingerprints (the same scan finds them again), or `baseline create --range` when there is no baseline yet. */
function baselineCommands(report: ScanReport, advice: AdviceFacts): string[] {
  const fingerprints = report.findings.map((finding) => finding.fingerprint);
  const named = fingerprints.length <= MAX_NAMED_FINGERPRINTS ? fingerprints.join(' ') : '<fingerprint>…  (each finding\'s, printed under it)';
  const ranges = advice.push === undefined ? [advice.range ?? '<the commits that add it>'] : advice.push.map((target) => target.range);
  // A push reads the commits no remote has, which is what `baseline add` reads by default.
  const addRange = advice.push === undefined ? ` --range ${ranges[0] as string}` : '';
  const lines = [`       leakguard baseline add ${named}${addRange}`];
  if (!advice.hasBaseline) lines.push(...ranges.map((range) => `       or, with no baseline yet: leakguard baseline create --range ${range}`));
  return lines;
}
