import { VERDICTS, type Baseline, type BaselineEntry } from '../../baseline/baseline-format';
import { BASELINE_FILE } from '../../baseline/baseline-file';
import type { BaselineAdded } from '../baseline/add-to-baseline';
import type { BaselineCreated, BaselineUpdated } from '../baseline/create-baseline';
import { GITATTRIBUTES_FILE, UNION_MERGE_LINE } from '../baseline/union-merge-attribute';
import type { LockHolder } from '../../fs/lock-file';
import { plural } from './plural';

const entries = (count: number): string => plural(count, 'entry', 'entries');

export const BASELINE_USAGE = `Usage: leakguard baseline create [--include-untracked | --range A..B] [--config PATH]
       leakguard baseline add FINGERPRINT… [--range A..B] [--config PATH]
       leakguard baseline update [--add-new] [--include-untracked] [--config PATH]
       leakguard baseline list
       leakguard baseline audit [--stats]
       leakguard baseline check
       leakguard baseline import FILE [--include-untracked] [--config PATH]

A baseline records the findings a repository already has, so that only new secrets block. It lives in
${BASELINE_FILE} at the repository root, which \`leakguard scan\` applies by default. It never holds
a secret: each entry is the file, the rule, a salted scrypt fingerprint of the secret and a verdict.
Matching is by file and fingerprint, never by line: moving or editing around a known secret does not
bring it back; another secret on the same line, or the same secret in another file, is reported.

Commands:
  create    scan every tracked file as committed at HEAD and record each finding as unreviewed;
            adds "${UNION_MERGE_LINE}" to ${GITATTRIBUTES_FILE} so branches merge cleanly;
            with --range, record the findings of those commits instead (what a push sends)
  add       record the findings a report printed, by the fingerprint under each (or 8 or more of its
            first digits), as unreviewed: it scans again the commits no remote has (a push's), or
            --range, to find them; creates the baseline if there is none
  update    scan HEAD again: drop entries whose secret is gone (and say which), follow a secret
            into the one file it moved to, keep every verdict; new findings only with --add-new
  list      print every entry with its verdict, then counts by verdict and by rule
  audit     review unreviewed findings one at a time in a terminal (the secret is masked until you
            press r): f false positive, a accepted, m must fix, s skip, q quit; saved as you answer
  check     for CI: one line per entry that is unreviewed or must-fix, exit 1 while there is one
  import    keep another scanner's triage: a detect-secrets .secrets.baseline, a .gitleaksignore or
            a gitleaks JSON report; each entry is matched with leakguard's findings at HEAD and
            recorded with its verdict; what matches nothing is listed and allows nothing

Verdicts: unreviewed, false-positive and accepted are not reported by \`scan\`; must-fix still is.

Options:
  --add-new       (update) record findings the baseline does not know yet, as unreviewed
  --include-untracked
                  (create, update, import) also scan the untracked files of the work tree that .gitignore
                  does not exclude; update without it prunes their entries
  --range A..B    (create, add) the commits to read, any range \`git log\` takes (origin/main..main)
  --config PATH   (create, add, update, import) use this config file instead of searching the repository root
  --stats         (audit) print counts by verdict and by rule without prompting
  -h, --help      show this help
`;

export function describeCreated(created: BaselineCreated): string {
  const list = created.baseline.entries;
  const files = new Set(list.map((entry) => entry.file)).size;
  const commits = created.report.commitsScanned;
  const read = commits === undefined ? `${plural(created.report.filesScanned, 'file')} scanned` : `${plural(commits, 'commit')} read`;
  return [
    `leakguard: recorded ${plural(list.length, 'finding')} in ${plural(files, 'file')} as unreviewed in ${created.path} (${read}).`,
    ...attributeAdded(created.isAttributeAdded),
    nextReview(created.isAttributeAdded),
    'From then on `leakguard scan` reports only the findings the baseline does not know (and those marked must-fix).',
    '',
  ].join('\n');
}

/** `baseline add`: each entry written, and what to do next. */
export function describeAdded(added: BaselineAdded): string {
  return [
    `leakguard: recorded ${plural(added.added.length, 'finding')} as unreviewed in ${added.path}${added.isCreated ? ' (a new baseline)' : ''}:`,
    ...added.added.map((entry) => `  ${entryLine(entry)}`),
    ...attributeAdded(added.isAttributeAdded),
    nextReview(added.isAttributeAdded),
    'Scans (a push too) now let these findings pass; `leakguard baseline list` shows every entry.',
    '',
  ].join('\n');
}

const attributeAdded = (isAdded: boolean): string[] =>
  isAdded ? [`leakguard: added "${UNION_MERGE_LINE}" to ${GITATTRIBUTES_FILE}, so that branches which each add entries merge without a conflict.`] : [];

const nextReview = (isAttributeAdded: boolean): string => `Next: review them with \`leakguard baseline audit\`, then commit ${BASELINE_FILE}${isAttributeAdded ? ` and ${GITATTRIBUTES_FILE}` : ''}.`;

export function describeUpdated(updated: BaselineUpdated): string {
  const lines: string[] = [];
  if (updated.pruned.length > 0) lines.push(`leakguard: pruned ${entries(updated.pruned.length)} whose secret is gone:`, ...updated.pruned.map((entry) => `  ${entryLine(entry)}`));
  for (const { from, to } of updated.moved) lines.push(`leakguard: ${from.rule} ${shortFingerprint(from)} moved from ${from.file} to ${to.file}; its verdict (${from.verdict}) is kept.`);
  if (updated.added.length > 0) lines.push(`leakguard: added ${plural(updated.added.length, 'new finding')} as unreviewed:`, ...updated.added.map((entry) => `  ${entryLine(entry)}`));
  if (updated.notAdded.length > 0) {
    lines.push(`leakguard: ${plural(updated.notAdded.length, 'finding')} at HEAD ${updated.notAdded.length === 1 ? 'is' : 'are'} not in the baseline (scan reports ${updated.notAdded.length === 1 ? 'it' : 'them'}):`);
    lines.push(...updated.notAdded.map((finding) => `  ${finding.file}  ${finding.rule}`), 'To record them as known: leakguard baseline update --add-new');
  }
  lines.push(updated.isWritten ? `leakguard: wrote ${updated.path} (${entries(updated.baseline.entries.length)}).` : `leakguard: ${updated.path} is up to date; nothing changed.`);
  return lines.join('\n') + '\n';
}

/** Said once when another writer holds the baseline's lock; the write waits a few seconds for it. */
export function describeLockWait(lockPath: string, holder: LockHolder | undefined): string {
  const who = holder === undefined ? '' : ` by process ${holder.pid} on ${holder.host} since ${holder.time}`;
  return `leakguard: waiting for ${lockPath}, held${who} (another command is writing the baseline).\n`;
}

/** Every entry, one per line, then the summary. */
export function describeEntries(baseline: Baseline): string {
  const width = Math.max(0, ...baseline.entries.map((entry) => entry.file.length));
  const ruleWidth = Math.max(0, ...baseline.entries.map((entry) => entry.rule.length));
  const lines = baseline.entries.map(
    (entry) => `${entry.file.padEnd(width)}  ${entry.rule.padEnd(ruleWidth)}  ${shortFingerprint(entry)}  ${entry.verdict}${entry.note === undefined ? '' : `  # ${entry.note}`}`,
  );
  return (lines.length > 0 ? lines.join('\n') + '\n\n' : '') + describeSummary(baseline);
}

/** Counts by verdict (all four, zeros included) and by rule. */
export function describeSummary(baseline: Baseline): string {
  const list = baseline.entries;
  const byVerdict = VERDICTS.map((verdict) => `${verdict} ${list.filter((entry) => entry.verdict === verdict).length}`);
  const byRule = new Map<string, number>();
  for (const entry of list) byRule.set(entry.rule, (byRule.get(entry.rule) ?? 0) + 1);
  const rules = [...byRule].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1)).map(([rule, count]) => `  ${rule}: ${count}`);
  return [`${entries(list.length)} in ${plural(new Set(list.map((entry) => entry.file)).size, 'file')}.`, `By verdict: ${byVerdict.join(', ')}.`, ...(rules.length > 0 ? ['By rule:', ...rules] : []), ''].join('\n');
}

const shortFingerprint = (entry: Pick<BaselineEntry, 'fingerprint'>): string => entry.fingerprint.slice(0, 12);
const entryLine = (entry: BaselineEntry): string => `${entry.file}  ${entry.rule}  ${shortFingerprint(entry)}  (${entry.verdict})`;
