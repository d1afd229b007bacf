import { VERDICTS, type BaselineEntry } from '../../baseline/baseline-format';
import { plural } from './plural';

const WHAT_TO_DO: Partial<Record<BaselineEntry['verdict'], string>> = {
  unreviewed: 'review it: leakguard baseline audit',
  'must-fix': 'remove the secret and rotate it; leakguard baseline update then drops the entry',
};

/** One entry that needs someone, on one line: where, which rule, which entry, and what to do. */
export const describeCheckProblem = (entry: BaselineEntry): string =>
  `leakguard: ${entry.file}  ${entry.rule}  ${entry.fingerprint.slice(0, 12)}  ${entry.verdict}: ${WHAT_TO_DO[entry.verdict] ?? ''}\n`;

export function describeCheckSummary(path: string, problems: readonly BaselineEntry[], total: number): string {
  const counts = VERDICTS.filter((verdict) => WHAT_TO_DO[verdict] !== undefined)
    .map((verdict) => `${problems.filter((entry) => entry.verdict === verdict).length} ${verdict}`)
    .join(', ');
  return `leakguard: ${problems.length} of ${plural(total, 'entry', 'entries')} in ${path} need${problems.length === 1 ? 's' : ''} attention (${counts}).\n`;
}

export function describeCheckPassed(path: string, entries: readonly BaselineEntry[]): string {
  if (entries.length === 0) return `leakguard: ${path} has no entries; nothing to review.\n`;
  const counts = VERDICTS.map((verdict) => [verdict, entries.filter((entry) => entry.verdict === verdict).length] as const)
    .filter(([, count]) => count > 0)
    .map(([verdict, count]) => `${count} ${verdict}`);
  return `leakguard: every entry in ${path} is reviewed (${counts.join(', ')}).\n`;
}
