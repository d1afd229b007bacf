import { VERDICTS } from '../../baseline/baseline-format';
import { BASELINE_FILE } from '../../baseline/baseline-file';
import type { UnmatchedEntry } from '../../baseline/match-imported';
import type { BaselineImported } from '../baseline/import-baseline';
import { GITATTRIBUTES_FILE } from '../baseline/union-merge-attribute';
import { plural } from './plural';

/** Long lists are cut: the counts say the rest. */
const MOST_LISTED = 50;

export function describeImported(imported: BaselineImported): string {
  const { foreign, entries, unmatched } = imported;
  const lines = [`leakguard: read ${plural(foreign.entries.length + foreign.unreadable.length, 'entry', 'entries')} from ${imported.from} (${foreign.format}).`];
  const matched = foreign.entries.length - unmatched.length;
  const verdicts = VERDICTS.map((verdict) => [verdict, entries.filter((entry) => entry.verdict === verdict).length] as const).filter(([, count]) => count > 0);
  lines.push(
    imported.isWritten || entries.length > 0
      ? `leakguard: ${matched} matched leakguard's findings at HEAD, recorded as ${plural(entries.length, 'entry', 'entries')} in ${imported.path} (${verdicts.map(([verdict, count]) => `${count} ${verdict}`).join(', ')}).`
      : `leakguard: none matched a finding of leakguard's at HEAD; ${imported.path} was not written.`,
  );
  if (unmatched.length > 0) lines.push(`leakguard: ${plural(unmatched.length, 'entry', 'entries')} matched nothing and allow${unmatched.length === 1 ? 's' : ''} nothing:`, ...listed(unmatched.map(unmatchedLine)));
  if (foreign.unreadable.length > 0) lines.push(`leakguard: ${plural(foreign.unreadable.length, 'entry', 'entries')} could not be read:`, ...listed(foreign.unreadable.map((problem) => `  ${problem}`)));
  if (imported.notImported > 0) lines.push(`leakguard: ${plural(imported.notImported, 'finding')} at HEAD ${imported.notImported === 1 ? 'is' : 'are'} in no imported entry; \`leakguard baseline update --add-new\` records them as unreviewed.`);
  if (imported.isAttributeAdded) lines.push(`leakguard: added "${BASELINE_FILE} merge=union" to ${GITATTRIBUTES_FILE}, so that branches which each add entries merge without a conflict.`);
  if (entries.length > 0) lines.push(`Next: check the verdicts with \`leakguard baseline list\` (\`baseline audit\` reviews the unreviewed), then commit ${BASELINE_FILE}${imported.isAttributeAdded ? ` and ${GITATTRIBUTES_FILE}` : ''}.`);
  return lines.join('\n') + '\n';
}

/** Where the entry points, what it was, and why nothing of leakguard's is it. */
function unmatchedLine({ entry, isBySecret }: UnmatchedEntry): string {
  const place = `${entry.file}${entry.line === undefined ? '' : `:${entry.line}`}`;
  const commit = entry.commit === undefined ? '' : ` (found in commit ${entry.commit.slice(0, 12)}; the baseline covers the files at HEAD)`;
  const why = isBySecret ? "no finding of leakguard's with that secret in that file at HEAD" : `no finding of leakguard's on that line at HEAD${commit}`;
  return `  ${place}  ${entry.kind}  (${entry.at}): ${why}`;
}

function listed(lines: readonly string[]): string[] {
  return lines.length <= MOST_LISTED ? [...lines] : [...lines.slice(0, MOST_LISTED), `  … and ${lines.length - MOST_LISTED} more`];
}
