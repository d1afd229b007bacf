import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { entryKey, type Baseline, type BaselineEntry } from '../../baseline/baseline-format';
import { BASELINE_FILE } from '../../baseline/baseline-file';
import { reconcileBaseline, type Reconciliation } from '../../baseline/reconcile-baseline';
import { readRepoFacts } from '../../git/repo-facts';
import { LeakguardError } from '../../model/errors';
import { NEW_BASELINE_COST, type FingerprintKey } from '../../baseline/salted-fingerprint';
import type { ScanReport } from '../../model/finding';
import { readBaseline } from '../../baseline/read-baseline';
import { scanForBaseline, type BaselineScanOptions } from './scan-for-baseline';
import { ensureUnionMerge } from './union-merge-attribute';
import { writeBaseline, type BaselineWriteOptions } from './write-baseline';

export interface BaselineCreated {
  readonly path: string;
  readonly baseline: Baseline;
  readonly report: ScanReport;
  /** Whether the union merge line was added to .gitattributes (false: a line was there already). */
  readonly isAttributeAdded: boolean;
}

/**
 * Records every finding of the files committed at HEAD as `unreviewed`, with a new random salt and
 * today's scrypt cost (NEW_BASELINE_COST). An
 * existing baseline is never replaced: its verdicts would be lost, and a new salt invalidates every
 * fingerprint of the old one (`update` is the command that keeps them).
 */
export async function createBaseline(cwd: string, options: BaselineScanOptions & BaselineWriteOptions): Promise<BaselineCreated> {
  const { root } = await readRepoFacts(cwd);
  const path = join(root, BASELINE_FILE);
  if (existsSync(path)) {
    throw new LeakguardError('USAGE', `${path} exists already; creating it again would lose its verdicts.`, {
      hint: '`leakguard baseline update` re-scans and keeps the verdicts (--add-new records new findings); to start over, delete the file first.',
    });
  }
  const key = newBaselineKey();
  const { findings, report } = await scanForBaseline(root, key, options);
  const entries = findings.map((finding): BaselineEntry => ({ ...finding, verdict: 'unreviewed' }));
  // reconcile joins a secret found on several lines of one file into one entry.
  const { baseline } = reconcileBaseline({ ...key, entries: [] }, entries, { addNew: true });
  await writeBaseline(path, undefined, baseline, options);
  return { path, baseline, report, isAttributeAdded: ensureUnionMerge(root) };
}

/** The salt and cost of a baseline file about to be created: a new random salt, today's cost. */
export const newBaselineKey = (): FingerprintKey => ({ salt: randomBytes(16).toString('hex'), cost: NEW_BASELINE_COST });

export interface BaselineUpdated extends Reconciliation {
  readonly path: string;
  readonly isWritten: boolean;
}

/**
 * Re-scans HEAD with the baseline's own salt and cost and writes the reconciled baseline; verdicts are
 * kept, those written meanwhile (by hand, by an audit) too: the write merges with the file as it is then.
 */
export async function updateBaseline(cwd: string, options: BaselineScanOptions & BaselineWriteOptions & { readonly addNew: boolean }): Promise<BaselineUpdated> {
  const { root } = await readRepoFacts(cwd);
  const path = join(root, BASELINE_FILE);
  const old = await readBaseline(path);
  // The scan finishes before anything is written: a failed scan leaves the file as it was.
  const { findings } = await scanForBaseline(root, old, options);
  const reconciliation = reconcileBaseline(old, findings, { addNew: options.addNew });
  const { baseline, isWritten } = await writeBaseline(path, old, reconciliation.baseline, options);
  // An entry pruned here but edited on disk meanwhile was kept by the merge: it is not reported pruned.
  const keptKeys = new Set(baseline.entries.map(entryKey));
  return { ...reconciliation, baseline, pruned: reconciliation.pruned.filter((entry) => !keptKeys.has(entryKey(entry))), path, isWritten };
}
