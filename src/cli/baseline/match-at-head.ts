import { memoized } from '../../baseline/baseline-filter';
import { joinDuplicates, VERDICT_PRECEDENCE, type BaselineEntry } from '../../baseline/baseline-format';
import { fingerprintedText, type BaselineCandidate } from '../../baseline/baseline-identity';
import type { ForeignFormat, ImportedEntry } from '../../baseline/imported-entry';
import { ImportMatcher, type UnmatchedEntry } from '../../baseline/match-imported';
import { saltedFingerprint, type FingerprintKey } from '../../baseline/salted-fingerprint';
import type { ScanReport } from '../../model/finding';
import { scan } from '../../scan/scan';
import { headTreeSource } from '../../scan/sources/head-tree';
import type { BaselineScanOptions } from './scan-for-baseline';

export interface MatchedAtHead {
  /** leakguard's entries for the imported ones it found, with their verdicts. */
  readonly entries: readonly BaselineEntry[];
  readonly unmatched: readonly UnmatchedEntry[];
  /** Places (file, line, rule) of leakguard's findings at HEAD that no imported entry is. */
  readonly notImported: number;
  readonly report: ScanReport;
}

/**
 * Scans HEAD as `baseline create` does (inline allows, .secretignore and the config apply, no
 * baseline) and records leakguard's own entry for each finding an imported entry is: a salted
 * fingerprint can only be made from the secret, which the import does not have. scrypt runs only for
 * those findings. A file that is a secret as a whole (a key file, a .env) is recorded when a finding in
 * it is matched, with the most cautious of their verdicts: the other tool reported the line, leakguard
 * the file too.
 */
export async function matchAtHead(root: string, key: FingerprintKey, imported: readonly ImportedEntry[], format: ForeignFormat, options: BaselineScanOptions): Promise<MatchedAtHead> {
  const matcher = new ImportMatcher(imported);
  const fingerprintOf = memoized((ruleId, text) => saltedFingerprint(key, ruleId, text));
  const entries: BaselineEntry[] = [];
  const wholeFiles: BaselineCandidate[] = [];
  const notImported = new Set<string>();
  const record = (candidate: BaselineCandidate, by: readonly ImportedEntry[]): void => {
    entries.push({ file: candidate.file, rule: candidate.ruleId, fingerprint: fingerprintOf(candidate.ruleId, fingerprintedText(candidate)), ...verdictAndNote(by, format) });
  };
  const onCandidate = (candidate: BaselineCandidate): void => {
    // A whole file is decided once the scan is done: by the findings in it.
    if (candidate.line === undefined) {
      wholeFiles.push({ ruleId: candidate.ruleId, file: candidate.file });
      return;
    }
    const by = matcher.entriesFor(candidate);
    if (by.length > 0) record(candidate, by);
    else notImported.add(`${candidate.file}\0${candidate.line}\0${candidate.ruleId}`);
  };
  const source = await headTreeSource(root, { includeUntracked: options.includeUntracked === true });
  const report = await scan(source, { ...(options.configPath ? { configPath: options.configPath } : {}), baseline: false, onCandidate });
  for (const whole of wholeFiles) {
    const lines = entries.filter((entry) => entry.file === whole.file);
    if (lines.length > 0) entries.push({ ...lines.reduce(mostCautious), rule: whole.ruleId, fingerprint: fingerprintOf(whole.ruleId, fingerprintedText(whole)) });
  }
  return { entries: joinDuplicates(entries), unmatched: matcher.unmatched(), notImported: notImported.size, report };
}

/** The most cautious verdict of the imported entries a finding is, and a note saying where it came from. */
function verdictAndNote(by: readonly ImportedEntry[], format: ForeignFormat): Pick<BaselineEntry, 'verdict' | 'note'> {
  const deciding = by.reduce((kept, entry) => (rank(entry.verdict) < rank(kept.verdict) ? entry : kept));
  const commit = deciding.commit === undefined ? '' : ` at ${deciding.commit.slice(0, 12)}`;
  return { verdict: deciding.verdict, note: `imported from ${format} (${deciding.kind}${commit})` };
}

const rank = (verdict: BaselineEntry['verdict']): number => VERDICT_PRECEDENCE.indexOf(verdict);
const mostCautious = (a: BaselineEntry, b: BaselineEntry): BaselineEntry => (rank(b.verdict) < rank(a.verdict) ? b : a);
